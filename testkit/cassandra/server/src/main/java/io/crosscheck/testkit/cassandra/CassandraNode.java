package io.crosscheck.testkit.cassandra;

import java.nio.file.Path;

/**
 * A running single-node Cassandra: where to connect ({@code host:port}, local datacenter) and where its files are.
 *
 * @param pid the server JVM's process id
 * @param dir the node's folder: {@code conf/}, {@code data/}, {@code logs/system.log}
 */
public record CassandraNode(String host, int port, String localDatacenter, long pid, Path dir) {

    /** {@code 127.0.0.1:PORT}, as a driver contact point or a crosscheck.yaml {@code contactPoints} entry. */
    public String contactPoint() {
        return host + ":" + port;
    }
}
