package io.crosscheck.demo;

import java.util.Map;

/** Writes the {@code crosscheck.yaml} (spec §5) whose environment {@code demo} reaches a running {@link DemoSystem}. */
final class DemoEnvironment {
    private DemoEnvironment() {
    }

    static String yaml(DemoSystem system) {
        StringBuilder y = new StringBuilder();
        y.append("# The environment of the crosscheck demo system: its ports change on every start.\n");
        y.append("# Billing's REST API wants the token in the environment variable ").append(DemoSystem.TOKEN_VARIABLE)
                .append(" (scenarios read it with secret('").append(DemoSystem.TOKEN_VARIABLE).append("')).\n");
        y.append("defaults: { timeout: 30s }\n");
        y.append("environments:\n");
        y.append("  demo:\n");
        y.append("    vars:\n");
        for (Map.Entry<String, String> e : system.urls().entrySet()) {
            y.append("      ").append(e.getKey()).append("Url: ").append(e.getValue()).append('\n');
        }
        y.append("    http:\n");
        y.append("      baseUrl: ").append(system.url("profile")).append('\n');
        y.append("      headers: { X-Client: crosscheck }\n");
        y.append("    kafka:\n");
        y.append("      main: { bootstrap.servers: \"").append(system.bootstrapServers()).append("\" }\n");
        y.append("    solr:\n");
        y.append("      logs: { url: \"").append(system.solrUrl()).append("\" }\n");
        if (system.cassandraContactPoint() != null) {
            y.append("    cassandra:\n");
            y.append("      usage: { contactPoints: [\"").append(system.cassandraContactPoint())
                    .append("\"], localDatacenter: datacenter1, keyspace: ").append(ReadingArchive.KEYSPACE).append(" }\n");
        }
        y.append("    sql:\n");
        for (Map.Entry<String, String> e : system.databases().entrySet()) {
            y.append("      ").append(e.getKey()).append(": { url: \"").append(e.getValue()).append("\", user: ")
                    .append(system.databaseUser()).append(", password: ").append(system.databasePassword()).append(" }\n");
        }
        y.append(EVIDENCE);
        return y.toString();
    }

    /*
     * Where a failed scenario's trace is looked up (spec §8): every service logs with the trace id it was handed to
     * the service-logs topic, which the log shipper indexes into the Solr core logs. Only Solr is read: the topic holds
     * the same lines, and reading both would put every line on the timeline twice.
     */
    private static final String EVIDENCE = """
            evidence:
              - name: service logs
                solr: { connection: logs, collection: logs, q: "traceId:${trace.id}", sort: ts asc }
                fields: { time: ts, service: service, level: level, message: message }
            """;
}
