package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;

/** The keys every Cassandra {@code query} form has beside its own: which cluster, and how to read. */
interface CassandraStep {
    String CONSISTENCY = "The consistency level of the read (default: the driver's, LOCAL_ONE unless configured).";
    String CLUSTER = "A cluster of the environment's cassandra section.";
    String PAGE_SIZE = "Rows per page fetched from the server.";

    /** A cluster named in the environment's {@code cassandra:} section; null picks the only one. */
    String cluster();

    /** Null: the driver's default (basic.request.consistency, LOCAL_ONE unless configured). */
    DefaultConsistencyLevel consistency();

    /** Rows per page fetched from the server; null: the driver's default (basic.request.page-size, 5000). */
    Integer pageSize();
}
