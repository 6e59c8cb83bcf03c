package io.crosscheck.steps.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.steps.testkit.FakeStepContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** JDBC values to JSON-like values, and Java values to bind parameters, on an in-memory H2. */
class H2TypeMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SqlPool pool;

    @BeforeAll
    static void open() throws Exception {
        pool = SqlPool.open(FakeStepContext.connectionConfig("sql", "h2", Map.of("url", "jdbc:h2:mem:types;DB_CLOSE_DELAY=-1")));
        run("""
                CREATE TABLE typed (
                  i INT, b BIGINT, s SMALLINT, d DOUBLE PRECISION, r REAL, n NUMERIC(10,2), flag BOOLEAN,
                  v VARCHAR(20), c CHAR(3), txt CLOB, dt DATE, tm TIME, ts TIMESTAMP, tz TIMESTAMP WITH TIME ZONE,
                  u UUID, bin VARBINARY(8), arr INTEGER ARRAY, j JSON, nothing VARCHAR(5))""");
        run("""
                INSERT INTO typed VALUES (7, 9000000000, 3, 1.5, 2.5, 12.34, TRUE, 'O''Brien', 'abc', 'long text',
                  DATE '2024-01-31', TIME '10:15:00', TIMESTAMP '2024-01-31 10:15:00',
                  TIMESTAMP WITH TIME ZONE '2024-01-31 10:15:30+02:00', '123e4567-e89b-12d3-a456-426614174000',
                  X'CAFE', ARRAY[1, 2, 3], JSON '{"a":[1,2]}', NULL)""");
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    private static Map<String, Object> run(String sql, Object... params) throws Exception {
        return new StatementRunner(pool, H2TypeMappingTest::parse, H2TypeMappingTest::write)
                .run(new BoundTemplate(sql, new ArrayList<>(Arrays.asList(params))), 1000, 500,
                        Instant.now().plusSeconds(30));
    }

    private static Object parse(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (Exception e) {
            return null;
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstRow(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("rows")).get(0);
    }

    @Test
    void everyColumnTypeBecomesAJsonLikeValue() throws Exception {
        Map<String, Object> row = firstRow(run("SELECT * FROM typed"));
        assertThat(row).containsEntry("I", 7L).containsEntry("B", 9000000000L).containsEntry("S", 3L)
                .containsEntry("D", 1.5).containsEntry("R", 2.5).containsEntry("N", new BigDecimal("12.34"))
                .containsEntry("FLAG", true).containsEntry("V", "O'Brien").containsEntry("C", "abc")
                .containsEntry("TXT", "long text").containsEntry("DT", "2024-01-31").containsEntry("TM", "10:15:00")
                .containsEntry("TS", "2024-01-31T10:15:00").containsEntry("TZ", "2024-01-31T10:15:30+02:00")
                .containsEntry("U", "123e4567-e89b-12d3-a456-426614174000").containsEntry("BIN", "yv4=")
                .containsEntry("ARR", List.of(1L, 2L, 3L)).containsEntry("J", Map.of("a", List.of(1, 2)))
                .containsEntry("NOTHING", null);
        assertThat(row.keySet()).first().isEqualTo("I");
    }

    @Test
    void javaValuesAreBoundAsTypedParameters() throws Exception {
        Map<String, Object> row = firstRow(run(
                "SELECT ? + 1 AS n, CAST(? AS DOUBLE PRECISION) * 2 AS d, ? AS t, ? AS f, CAST(? AS DATE) AS dt, ? AS u, ? AS nothing,"
                        + " CARDINALITY(?) AS size",
                41L, 1.25, "O'Brien", false, LocalDate.of(2024, 2, 29),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), null, List.of(1L, 2L)));
        assertThat(row).containsEntry("N", 42L).containsEntry("D", 2.5).containsEntry("T", "O'Brien")
                .containsEntry("F", false).containsEntry("DT", "2024-02-29")
                .containsEntry("U", "123e4567-e89b-12d3-a456-426614174000").containsEntry("NOTHING", null)
                .containsEntry("SIZE", 2L);
    }

    @Test
    void dmlReportsUpdatedAndKeepsNoRows() throws Exception {
        run("CREATE TABLE counted (id INT)");
        Map<String, Object> inserted = run("INSERT INTO counted VALUES (1), (2), (3)");
        assertThat(inserted).containsOnly(Map.entry("updated", 3L));
        Map<String, Object> deleted = run("DELETE FROM counted WHERE id > ?", 1L);
        assertThat(deleted).containsEntry("updated", 2L);
    }

    @Test
    void countCountsAllRowsWhileRowsKeepsMaxRows() throws Exception {
        Map<String, Object> result = new StatementRunner(pool, H2TypeMappingTest::parse, H2TypeMappingTest::write)
                .run(new BoundTemplate("SELECT X FROM SYSTEM_RANGE(1, 2500)", List.of()), 10, 100,
                        Instant.now().plusSeconds(30));
        assertThat(result).containsEntry("count", 2500L).containsEntry("truncated", true)
                .containsEntry("columns", List.of("X"));
        assertThat((List<?>) result.get("rows")).hasSize(10);
    }

    @Test
    void repeatedColumnLabelsGetASuffix() throws Exception {
        assertThat(firstRow(run("SELECT 1 AS id, 2 AS id, 3 AS id"))).containsExactly(
                Map.entry("ID", 1L), Map.entry("ID_2", 2L), Map.entry("ID_3", 3L));
    }
}
