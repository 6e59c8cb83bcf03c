package io.crosscheck.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JDBC helpers for the services: rows as JSON-ready maps (dates as ISO text), updates with parameters. */
final class Rows {
    private Rows() {
    }

    static List<Map<String, Object>> query(ServiceDatabase db, String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) row.put(meta.getColumnLabel(i), json(rs.getObject(i)));
                rows.add(row);
            }
            return rows;
        }
    }

    static int update(ServiceDatabase db, String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the generated key of its first row. */
    static long insert(ServiceDatabase db, String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no generated key for: " + sql);
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        bind(s, params);
        return s;
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
    }

    private static Object json(Object value) {
        if (value instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (value instanceof java.sql.Timestamp t) return t.toInstant().toString();
        if (value instanceof java.time.temporal.TemporalAccessor t) return t.toString();
        return value;
    }
}
