package io.crosscheck.demo;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;

/**
 * Consumption's archive of the readings its meters sent, in Cassandra ({@code crosscheck demo --full}): table
 * {@code usage.meter_readings (meter_id, reading_date, kwh, status)}, one partition per meter. A reading is
 * {@code OK}, or {@code FAULTY} when the meter sent a value no meter can read (kept out of Consumption's totals).
 */
final class ReadingArchive implements AutoCloseable {
    static final String KEYSPACE = "usage";
    private final CqlSession session;
    private final PreparedStatement insert;

    private ReadingArchive(CqlSession session) {
        this.session = session;
        session.execute("CREATE KEYSPACE IF NOT EXISTS " + KEYSPACE
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE IF NOT EXISTS " + KEYSPACE + ".meter_readings (meter_id text, reading_date date,"
                + " kwh decimal, status text, PRIMARY KEY (meter_id, reading_date))");
        this.insert = session.prepare("INSERT INTO " + KEYSPACE
                + ".meter_readings (meter_id, reading_date, kwh, status) VALUES (?, ?, ?, ?)");
    }

    static ReadingArchive open(CassandraNode node) {
        return new ReadingArchive(CqlSession.builder()
                .addContactPoint(new InetSocketAddress(node.host(), node.port()))
                .withLocalDatacenter(node.localDatacenter())
                .build());
    }

    /** Stores one reading; below zero or above 10,000 kWh a month it is {@code FAULTY}. */
    void write(String meterId, LocalDate date, BigDecimal kwh) {
        boolean faulty = kwh.signum() < 0 || kwh.compareTo(BigDecimal.valueOf(10_000)) > 0;
        session.execute(insert.bind(meterId, date, kwh, faulty ? "FAULTY" : "OK"));
    }

    @Override
    public void close() {
        session.close();
    }
}
