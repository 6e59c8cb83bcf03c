package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.testkit.postgres.PostgresExtension;
import io.crosscheck.testkit.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's own types as JSON-like values in expect, and scenario values bound to typed columns. */
@ExtendWith(PostgresExtension.class)
class PostgresTypeMappingIT {
    @TempDir
    Path dir;

    @Test
    void postgresTypesArriveAsJsonLikeValuesAndTextParametersFitTypedColumns(PostgresServer pg) {
        String url = pg.createDatabase("types_it");
        StepTestKit p = Datasources.project(dir, Map.of("pg", url)).file("types.yaml", """
                scenario: PostgreSQL types
                vars:
                  id: 123e4567-e89b-12d3-a456-426614174000
                  day: "2024-01-31"
                setup:
                  - query:
                      sql: |
                        CREATE TABLE typed (u uuid, b bytea, ints int[], tags text[], doc jsonb, j json,
                          tz timestamptz, ts timestamp, d date, t time, n numeric(10,2), flag boolean,
                          span interval, r real, s smallint, big bigint, nothing text)
                  - query:
                      sql: |
                        INSERT INTO typed VALUES (${id}, '\\xcafe'::bytea, ARRAY[1, 2, 3], ARRAY['a', 'b'],
                          '{"a": {"b": [1, 2]}}', '[true, null]', '2024-01-31 10:15:30+02', '2024-01-31 10:15:30.5',
                          ${day}, '10:15', 12.34, true, '1 day 2 hours', 1.5, 7, 9000000000, NULL)
                    expect:
                      updated: 1
                steps:
                  - query:
                      sql: SELECT * FROM typed WHERE u = ${id} AND d = ${day} AND big > ${8000000000}
                    expect:
                      count: 1
                      columns: [u, b, ints, tags, doc, j, tz, ts, d, t, n, flag, span, r, s, big, nothing]
                      rows[0].u: 123e4567-e89b-12d3-a456-426614174000
                      rows[0].b: yv4=
                      rows[0].ints: [1, 2, 3]
                      rows[0].tags: [a, b]
                      rows[0].doc.a.b[1]: 2
                      rows[0].j: [true, null]
                      rows[0].tz: "2024-01-31T08:15:30Z"
                      rows[0].ts: "2024-01-31T10:15:30.5"
                      rows[0].d: "2024-01-31"
                      rows[0].t: "10:15:00"
                      rows[0].n: 12.34
                      rows[0].flag: true
                      rows[0].span: 1 day 02:00:00
                      rows[0].r: 1.5
                      rows[0].s: 7
                      rows[0].big: 9000000000
                      rows[0].nothing: null
                  - query:
                      sql: |
                        SELECT count(*) AS n FROM typed
                         WHERE s = ANY(${[7, 8]}) AND tags && ${['b', 'z']}::text[] AND doc @> ${ {'a': {'b': [2]}} }::jsonb
                    expect:
                      rows[0].n: 1
                """);
        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
        Map<?, ?> response = (Map<?, ?>) result.scenarios().get(0).steps().get(2).response();
        Map<?, ?> row = (Map<?, ?>) ((List<?>) response.get("rows")).get(0);
        assertThat(row.get("u")).isInstanceOf(String.class);
        assertThat(row.get("ints")).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(row.get("doc")).isInstanceOf(Map.class);
        assertThat(row.get("big")).isEqualTo(9_000_000_000L);
        assertThat(row.get("n")).isEqualTo(new java.math.BigDecimal("12.34"));
    }
}
