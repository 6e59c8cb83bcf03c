package io.crosscheck.steps.sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the rows of one result set as ordered maps (column label → JSON-like value, see {@link JdbcValues}), with a
 * reader per column chosen once from the result's metadata. A repeated label gets a suffix: {@code id}, {@code id_2}.
 */
final class ColumnReaders {

    @FunctionalInterface
    interface Reader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    private final String[] labels;
    private final Reader[] readers;

    private ColumnReaders(String[] labels, Reader[] readers) {
        this.labels = labels;
        this.readers = readers;
    }

    static ColumnReaders of(ResultSetMetaData md, Function<String, Object> parseJson) throws SQLException {
        int n = md.getColumnCount();
        String[] labels = new String[n];
        Reader[] readers = new Reader[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String label = md.getColumnLabel(i + 1);
            String unique = label;
            for (int k = 2; !seen.add(unique); k++) unique = label + "_" + k;
            labels[i] = unique;
            int type = md.getColumnType(i + 1);
            readers[i] = reader(type, namesMatter(type) ? md.getColumnTypeName(i + 1) : "", parseJson);
        }
        return new ColumnReaders(labels, readers);
    }

    /** Types whose reader depends on the type's name (json, uuid, timestamptz); asking costs time on some drivers. */
    private static boolean namesMatter(int type) {
        return switch (type) {
            case Types.OTHER, Types.JAVA_OBJECT, Types.TIMESTAMP, Types.TIME, Types.BINARY, Types.VARBINARY,
                 Types.LONGVARBINARY, Types.LONGVARCHAR -> true;
            default -> false;
        };
    }

    List<String> labels() {
        return List.of(labels);
    }

    Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) row.put(labels[i], readers[i].read(rs, i + 1));
        return row;
    }

    static Reader reader(int type, String typeName, Function<String, Object> parseJson) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("json") || name.equals("jsonb")) return json(parseJson);
        if (name.equals("uuid")) return (rs, i) -> JdbcValues.plain(rs.getObject(i));
        boolean withZone = name.equals("timestamptz") || name.contains("with time zone");
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> (rs, i) -> {
                long v = rs.getLong(i);
                return rs.wasNull() ? null : v;
            };
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> (rs, i) -> {
                double v = rs.getDouble(i);
                return rs.wasNull() ? null : v;
            };
            case Types.NUMERIC, Types.DECIMAL -> ResultSet::getBigDecimal;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB, Types.SQLXML -> ResultSet::getString;
            case Types.DATE -> (rs, i) -> JdbcValues.temporal(rs.getObject(i, LocalDate.class));
            case Types.TIME -> withZone ? offsetTime() : (rs, i) -> JdbcValues.temporal(rs.getObject(i, LocalTime.class));
            case Types.TIME_WITH_TIMEZONE -> offsetTime();
            case Types.TIMESTAMP -> withZone ? offsetDateTime()
                    : (rs, i) -> JdbcValues.temporal(rs.getObject(i, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> offsetDateTime();
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> (rs, i) -> {
                byte[] bytes = rs.getBytes(i);
                return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            };
            case Types.ARRAY -> (rs, i) -> {
                Array a = rs.getArray(i);
                return a == null ? null : JdbcValues.plain(a.getArray());
            };
            default -> (rs, i) -> {
                Object o = rs.getObject(i);
                return JdbcValues.known(o) ? JdbcValues.plain(o) : rs.getString(i); // e.g. interval, inet, money
            };
        };
    }

    private static Reader offsetTime() {
        return (rs, i) -> JdbcValues.temporal(rs.getObject(i, OffsetTime.class));
    }

    private static Reader offsetDateTime() {
        return (rs, i) -> JdbcValues.temporal(rs.getObject(i, OffsetDateTime.class));
    }

    private static Reader json(Function<String, Object> parseJson) {
        return (rs, i) -> {
            String text = rs.getString(i);
            if (text == null) return null;
            Object parsed = parseJson.apply(text);
            return parsed != null || text.strip().equals("null") ? parsed : text;
        };
    }
}
