package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.ContainerType;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Binds scenario values (text, numbers, booleans, lists, maps) to a prepared statement's markers, converting
 * each to the Java type of the marker's CQL type: {@code 42} fits an int, a text uuid fits a uuid column, and a
 * map or list bound to a text column is written as JSON.
 */
final class CqlBinder {
    private final java.util.function.Function<Object, String> toJson;

    CqlBinder(java.util.function.Function<Object, String> toJson) {
        this.toJson = toJson;
    }

    /** @throws IllegalArgumentException naming the marker, the value and the CQL type when a value does not fit */
    BoundStatementBuilder bind(PreparedStatement prepared, List<Object> values, CodecRegistry codecs) {
        int markers = prepared.getVariableDefinitions().size();
        if (markers != values.size()) {
            throw new IllegalArgumentException("the statement has " + markers + " bind marker(s) but " + values.size()
                    + " value(s) were given");
        }
        BoundStatementBuilder builder = prepared.boundStatementBuilder();
        for (int i = 0; i < markers; i++) {
            ColumnDefinition marker = prepared.getVariableDefinitions().get(i);
            Object value = values.get(i);
            if (value == null) {
                builder = builder.setToNull(i);
                continue;
            }
            Object converted;
            try {
                converted = convert(value, marker.getType());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("value " + (i + 1) + " (" + value + ") does not fit "
                        + marker.getName().asInternal() + " of type " + marker.getType().asCql(false, true)
                        + ": " + e.getMessage(), e);
            }
            TypeCodec<Object> codec = codecs.codecFor(marker.getType(), converted);
            builder = builder.set(i, converted, codec);
        }
        return builder;
    }

    Object convert(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        if (type instanceof MapType map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            asMap(value).forEach((k, v) -> out.put(convert(k, map.getKeyType()), convert(v, map.getValueType())));
            return out;
        }
        if (type instanceof UserDefinedType udt) {
            UdtValue out = udt.newValue();
            for (Map.Entry<?, ?> field : asMap(value).entrySet()) {
                String name = String.valueOf(field.getKey());
                int index = udt.firstIndexOf(name);
                if (index < 0) {
                    throw new IllegalArgumentException("no field '" + name + "' in " + udt.asCql(false, true));
                }
                Object v = convert(field.getValue(), udt.getFieldTypes().get(index));
                out = out.set(index, v, CodecRegistry.DEFAULT.codecFor(udt.getFieldTypes().get(index), v));
            }
            return out;
        }
        if (type instanceof TupleType tuple) {
            List<?> items = asList(value);
            Object[] converted = new Object[items.size()];
            for (int i = 0; i < items.size(); i++) {
                converted[i] = convert(items.get(i), tuple.getComponentTypes().get(i));
            }
            return tuple.newValue(converted);
        }
        if (type instanceof ContainerType container) {
            List<Object> items = new ArrayList<>();
            asList(value).forEach(v -> items.add(convert(v, container.getElementType())));
            if (type instanceof SetType) {
                return new LinkedHashSet<>(items);
            }
            return type instanceof VectorType ? CqlVector.newInstance(items) : items;
        }
        return scalar(value, type);
    }

    private Object scalar(Object value, DataType type) {
        if (type.equals(DataTypes.TEXT) || type.equals(DataTypes.ASCII)) {
            return value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()
                    ? toJson.apply(value.getClass().isArray() ? asList(value) : value) : value.toString();
        }
        if (type.equals(DataTypes.INT)) {
            return value instanceof Number n ? Math.toIntExact(exactLong(n)) : Integer.parseInt(text(value));
        }
        if (type.equals(DataTypes.BIGINT) || type.equals(DataTypes.COUNTER)) {
            return value instanceof Number n ? exactLong(n) : Long.parseLong(text(value));
        }
        if (type.equals(DataTypes.SMALLINT)) {
            return (short) narrow(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (type.equals(DataTypes.TINYINT)) {
            return (byte) narrow(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (type.equals(DataTypes.DOUBLE)) {
            return value instanceof Number n ? n.doubleValue() : Double.parseDouble(text(value));
        }
        if (type.equals(DataTypes.FLOAT)) {
            return value instanceof Number n ? n.floatValue() : Float.parseFloat(text(value));
        }
        if (type.equals(DataTypes.DECIMAL)) {
            return new BigDecimal(value.toString());
        }
        if (type.equals(DataTypes.VARINT)) {
            return value instanceof BigInteger b ? b : new BigDecimal(value.toString()).toBigIntegerExact();
        }
        if (type.equals(DataTypes.BOOLEAN)) {
            return value instanceof Boolean b ? b : parseBoolean(text(value));
        }
        if (type.equals(DataTypes.UUID) || type.equals(DataTypes.TIMEUUID)) {
            return value instanceof UUID u ? u : UUID.fromString(text(value));
        }
        if (type.equals(DataTypes.TIMESTAMP)) {
            return timestamp(value);
        }
        if (type.equals(DataTypes.DATE)) {
            return value instanceof LocalDate d ? d : LocalDate.parse(text(value));
        }
        if (type.equals(DataTypes.TIME)) {
            return value instanceof LocalTime t ? t : LocalTime.parse(text(value));
        }
        if (type.equals(DataTypes.DURATION)) {
            return value instanceof CqlDuration d ? d : CqlDuration.from(text(value));
        }
        if (type.equals(DataTypes.BLOB)) {
            return blob(value);
        }
        if (type.equals(DataTypes.INET)) {
            return value instanceof InetAddress a ? a : inet(text(value));
        }
        return value;
    }

    private static Instant timestamp(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(exactLong(n));
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        String text = text(value);
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (java.time.format.DateTimeParseException e2) {
                return LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
        }
    }

    private static ByteBuffer blob(Object value) {
        if (value instanceof ByteBuffer b) {
            return b;
        }
        if (value instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        String text = text(value);
        if (!text.startsWith("0x") && !text.startsWith("0X")) {
            throw new IllegalArgumentException("a blob is written as hex, e.g. 0xcafe");
        }
        return ByteBuffer.wrap(HexFormat.of().parseHex(text.substring(2)));
    }

    private static InetAddress inet(String text) {
        if (!text.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            throw new IllegalArgumentException("an inet is an IP address literal");
        }
        try {
            return InetAddress.getByName(text); // a literal: no name lookup happens
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static long exactLong(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        return new BigDecimal(n.toString()).longValueExact();
    }

    private static long narrow(Object value, long min, long max) {
        long v = value instanceof Number n ? exactLong(n) : Long.parseLong(text(value));
        if (v < min || v > max) {
            throw new IllegalArgumentException("out of range " + min + ".." + max);
        }
        return v;
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()) {
            throw new IllegalArgumentException("expected a single value, not " + (value instanceof Map ? "a map" : "a list"));
        }
        return value.toString().trim();
    }

    private static Map<?, ?> asMap(Object value) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("expected a map");
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value.getClass().isArray()) { // JEXL array literals: ['a', 'b']
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                items.add(java.lang.reflect.Array.get(value, i));
            }
            return items;
        }
        throw new IllegalArgumentException("expected a list");
    }
}
