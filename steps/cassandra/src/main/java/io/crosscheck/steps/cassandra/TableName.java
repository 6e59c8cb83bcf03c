package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/** {@code keyspace.table} as CQL identifiers: unquoted names are case-insensitive, quoted ones exact. */
record TableName(CqlIdentifier keyspace, CqlIdentifier table) {

    static TableName parse(String text, CqlIdentifier sessionKeyspace) {
        String trimmed = text.trim();
        int dot = dotOutsideQuotes(trimmed);
        if (dot < 0) {
            if (sessionKeyspace == null) {
                throw new IllegalArgumentException("table '" + text + "' needs its keyspace (ks.table): the cluster has no 'keyspace'");
            }
            return new TableName(sessionKeyspace, CqlIdentifier.fromCql(trimmed));
        }
        return new TableName(CqlIdentifier.fromCql(trimmed.substring(0, dot)), CqlIdentifier.fromCql(trimmed.substring(dot + 1)));
    }

    private static int dotOutsideQuotes(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** For CQL text: quoted where needed. */
    @Override
    public String toString() {
        return keyspace.asCql(true) + "." + table.asCql(true);
    }
}
