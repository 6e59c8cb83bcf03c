package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepTestKit;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sql section these tests use: each datasource by its JDBC URL, user postgres, a short connection timeout. */
final class Datasources {
    private Datasources() {
    }

    static StepTestKit project(Path dir, Map<String, String> urls) {
        StepTestKit project = StepTestKit.in(dir);
        urls.forEach((name, url) -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("url", url);
            properties.put("user", "postgres");
            properties.put("password", "");
            properties.put("connectionTimeout", "1500ms");
            project.connection("sql", name, properties);
        });
        return project;
    }
}
