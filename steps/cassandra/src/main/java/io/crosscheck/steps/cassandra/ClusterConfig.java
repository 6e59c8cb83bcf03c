package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.OtherKeys;
import io.crosscheck.engine.spi.step.Required;
import java.util.Map;

/**
 * One cluster of the environment's {@code cassandra:} section as crosscheck.yaml writes it: the module's build writes
 * the section's schema from this record, and {@link ClusterSettings} binds each cluster onto it.
 */
@Doc(title = "a Cassandra cluster",
        value = "One Cassandra cluster: contact points, local datacenter, keyspace, credentials; any other key is a driver"
                + " option path such as basic.request.timeout (or nested maps).",
        examples = "{\"contactPoints\": [\"127.0.0.1:9042\"], \"localDatacenter\": \"datacenter1\"}")
record ClusterConfig(
        @Required
        @Doc(value = "host:port of one or more nodes (a list or a comma-separated text).", shape = "nonEmptyTextList",
                examples = "[\"127.0.0.1:9042\"]")
        Object contactPoints,
        @Doc(value = "The datacenter of the contact points (inferred when absent).", shape = "scalar", examples = "datacenter1")
        Object localDatacenter,
        @Doc(value = "Default keyspace for unqualified tables.", shape = "scalar")
        Object keyspace,
        @Doc(value = "User, together with password.", shape = "scalar")
        Object username,
        @Doc(value = "Password; use ${secret('NAME')}.", shape = "scalar")
        Object password,
        @OtherKeys
        @Doc("A driver option path (basic.request.timeout: 30s), or a map of them (basic: {request: {timeout: 30s}}).")
        Map<String, Object> driverOptions) {
}
