package io.crosscheck.steps.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sets the values of a query's {@code ${...}} as bind parameters, each with the JDBC type its Java type suggests:
 * whole numbers as BIGINT, other numbers as DOUBLE or NUMERIC, text, booleans, java.time values, UUIDs, bytes,
 * lists as SQL arrays ({@code id = ANY(${ids})}), maps as JSON text, null as an untyped NULL.
 */
final class ParameterBinder {
    private final Connection connection;
    private final Function<Object, String> toJson;

    ParameterBinder(Connection connection, Function<Object, String> toJson) {
        this.connection = connection;
        this.toJson = toJson;
    }

    void bindAll(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) bind(ps, i + 1, values.get(i));
    }

    void bind(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            ps.setLong(index, ((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            ps.setDouble(index, ((Number) v).doubleValue());
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (v instanceof BigInteger b) {
            ps.setBigDecimal(index, new BigDecimal(b));
        } else if (v instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (v instanceof Instant t) {
            ps.setObject(index, t.atOffset(ZoneOffset.UTC));
        } else if (v instanceof ZonedDateTime t) {
            ps.setObject(index, t.toOffsetDateTime());
        } else if (v instanceof Temporal || v instanceof UUID) {
            ps.setObject(index, v);
        } else if (v instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else if (v instanceof Character c) {
            ps.setString(index, c.toString());
        } else if (v instanceof Collection<?> items) {
            ps.setArray(index, connection.createArrayOf(elementType(items), items.toArray()));
        } else if (v.getClass().isArray()) {
            List<Object> items = new java.util.ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) items.add(java.lang.reflect.Array.get(v, i));
            ps.setArray(index, connection.createArrayOf(elementType(items), items.toArray()));
        } else if (v instanceof Map<?, ?> map) {
            ps.setString(index, toJson.apply(map));
        } else {
            ps.setObject(index, v);
        }
    }

    /** The SQL element type of an array, from its first non-null item. */
    static String elementType(Collection<?> items) {
        Object first = items.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (first instanceof Long || first instanceof Integer || first instanceof Short || first instanceof Byte) return "bigint";
        if (first instanceof Double || first instanceof Float) return "float8";
        if (first instanceof BigDecimal || first instanceof BigInteger) return "numeric";
        if (first instanceof Boolean) return "boolean";
        if (first instanceof UUID) return "uuid";
        return "varchar";
    }
}
