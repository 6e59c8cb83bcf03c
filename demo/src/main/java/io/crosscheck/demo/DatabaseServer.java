package io.crosscheck.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;

/**
 * The H2 TCP server on a free port of 127.0.0.1 (local connections only) through which the services' in-memory
 * databases are reachable from scenarios and other processes: {@code jdbc:h2:tcp://127.0.0.1:PORT/mem:billing}.
 */
final class DatabaseServer implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Server tcp;
    private final String suffix;
    private final List<ServiceDatabase> databases = new ArrayList<>();

    private DatabaseServer(Server tcp, String suffix) {
        this.tcp = tcp;
        this.suffix = suffix;
    }

    static DatabaseServer start() throws SQLException, IOException {
        // in-memory databases are global to the JVM: a second demo system in one JVM gets its own names
        int n = INSTANCES.incrementAndGet();
        Server tcp = Server.createTcpServer("-tcpPort", Integer.toString(freePort()), "-ifExists").start();
        return new DatabaseServer(tcp, n == 1 ? "" : "_" + n);
    }

    /** Creates the database of one service from its script {@code <name>.sql}. */
    ServiceDatabase create(String name) throws SQLException {
        ServiceDatabase db = ServiceDatabase.create(name, name + suffix, tcp.getPort());
        databases.add(db);
        return db;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        databases.forEach(ServiceDatabase::close);
        tcp.stop();
    }
}
