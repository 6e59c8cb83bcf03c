package io.crosscheck.testkit.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class PostgresServerIT {

    @Test
    void sharedServerAnswersOnLoopbackWithPostgres17(PostgresServer pg) throws SQLException {
        assertThat(pg).isSameAs(PostgresServer.shared());
        try (Connection c = pg.connect(pg.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("17.");
        }
        assertThat(pg.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:" + pg.port() + "/");
    }

    @Test
    void createDatabaseGivesAnEmptyDatabaseOfItsOwn(PostgresServer pg) throws SQLException {
        String url = pg.createDatabase("testkit_own");
        pg.executeIn(url, "CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2)");
        url = pg.createDatabase("testkit_own");
        try (Connection c = pg.connect(url);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aSeparateInstanceClosesItsPortWhenStopped() throws Exception {
        PostgresServer second = PostgresServer.startNew("second");
        int port = second.port();
        try (Connection c = second.connect(second.jdbcUrl())) {
            assertThat(c.isValid(2)).isTrue();
        } finally {
            second.close();
        }
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1000))
                .isInstanceOf(java.io.IOException.class);
    }
}
