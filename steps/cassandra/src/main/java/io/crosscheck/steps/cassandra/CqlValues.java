package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CQL values as the JSON-like values scenarios read: text, numbers, booleans, lists and string-keyed maps.
 * uuid, timestamp, date, time, duration and inet become their text; blob becomes {@code 0x...} hex;
 * sets and tuples become lists; a user-defined type becomes a map of its fields.
 */
final class CqlValues {
    private CqlValues() {
    }

    /** A row as a map column name → value, in the order of the columns. */
    static Map<String, Object> row(Row row) {
        ColumnDefinitions columns = row.getColumnDefinitions();
        Map<String, Object> out = new LinkedHashMap<>(columns.size() * 2);
        for (int i = 0; i < columns.size(); i++) {
            out.put(columns.get(i).getName().asInternal(), plain(row.getObject(i)));
        }
        return out;
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Double || value instanceof java.math.BigDecimal
                || value instanceof java.math.BigInteger) {
            return value;
        }
        if (value instanceof Short s) {
            return s.intValue();
        }
        if (value instanceof Byte b) {
            return b.intValue();
        }
        if (value instanceof Float f) {
            return Double.parseDouble(f.toString()); // 1.1f reads as 1.1, not 1.100000023841858
        }
        if (value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof InetAddress a) {
            return a.getHostAddress();
        }
        if (value instanceof ByteBuffer b) {
            return "0x" + HexFormat.of().formatHex(bytes(b));
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(plain(k)), plain(v)));
            return out;
        }
        if (value instanceof UdtValue udt) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < udt.size(); i++) {
                out.put(udt.getType().getFieldNames().get(i).asInternal(), plain(udt.getObject(i)));
            }
            return out;
        }
        if (value instanceof TupleValue tuple) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) {
                out.add(plain(tuple.getObject(i)));
            }
            return out;
        }
        if (value instanceof CqlVector<?> vector) {
            List<Object> out = new ArrayList<>();
            vector.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value.toString(); // CqlDuration and anything newer: its CQL text
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
