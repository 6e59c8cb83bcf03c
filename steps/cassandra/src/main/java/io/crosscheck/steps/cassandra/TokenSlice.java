package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.metadata.token.Token;

/**
 * A contiguous, non-wrapping piece of the token ring, {@code (start, end]}, read with one paged query.
 * {@code toRingEnd}: the piece runs to the end of the ring (its end is the ring's minimum token).
 * A slice without tokens is the whole table (no token metadata).
 *
 * @param owner the primary replica of the piece, as {@code host:port}; empty when unknown
 */
record TokenSlice(int index, Token start, Token end, boolean toRingEnd, String owner, String label) {

    static TokenSlice wholeTable() {
        return new TokenSlice(0, null, null, true, "", "(all)");
    }

    /** The restriction on {@code token(partition key)}, with bind markers; empty for the whole table. */
    String where(String tokenOfKey) {
        if (start == null) {
            return "";
        }
        return " WHERE " + tokenOfKey + " > ?" + (toRingEnd ? "" : " AND " + tokenOfKey + " <= ?");
    }

    /** Whether the statement of {@link #where} needs the end marker. */
    boolean hasEnd() {
        return start != null && !toRingEnd;
    }

    BoundStatementBuilder bind(BoundStatementBuilder builder) {
        if (start == null) {
            return builder;
        }
        BoundStatementBuilder b = builder.setToken(0, start);
        return toRingEnd ? b : b.setToken(1, end);
    }
}
