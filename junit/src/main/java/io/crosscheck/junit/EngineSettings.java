package io.crosscheck.junit;

import io.crosscheck.engine.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters (also read from system properties and junit-platform.properties):
 * {@code crosscheck.env}, {@code crosscheck.vars.NAME}, {@code crosscheck.tags} ({@code a,b,!slow}),
 * {@code crosscheck.parallel} and {@code crosscheck.reportDir} (where index.html, junit.xml and results.json go when
 * crosscheck-reporters is on the classpath), and Surefire's {@code test} ({@code -Dtest=Suite#scenario*}).
 */
record EngineSettings(String environment, Map<String, String> vars, List<String> tags, int parallel, Optional<Path> reportDir,
                      SurefireTests tests) {
    static final String ENV = "crosscheck.env";
    static final String VARS = "crosscheck.vars.";
    static final String TAGS = "crosscheck.tags";
    static final String PARALLEL = "crosscheck.parallel";
    static final String REPORT_DIR = "crosscheck.reportDir";

    static EngineSettings from(ConfigurationParameters parameters) {
        Map<String, String> vars = new LinkedHashMap<>();
        // system properties are parameters too, but only get() sees them: list their names here
        Properties system = System.getProperties();
        for (String key : system.stringPropertyNames()) {
            if (key.startsWith(VARS)) vars.put(key.substring(VARS.length()), system.getProperty(key));
        }
        for (String key : parameters.keySet()) {
            if (key.startsWith(VARS)) parameters.get(key).ifPresent(v -> vars.put(key.substring(VARS.length()), v));
        }
        List<String> tags = new ArrayList<>();
        parameters.get(TAGS).ifPresent(t -> {
            for (String tag : t.split(",")) if (!tag.isBlank()) tags.add(tag.trim());
        });
        int parallel = parameters.get(PARALLEL).map(String::trim).map(Integer::parseInt).orElse(1);
        return new EngineSettings(parameters.get(ENV).filter(s -> !s.isBlank()).orElse(null), vars, tags, parallel,
                parameters.get(REPORT_DIR).filter(s -> !s.isBlank()).map(Path::of),
                SurefireTests.parse(parameters.get(SurefireTests.PROPERTY).orElse(null)));
    }

    RunOptions apply(RunOptions options) {
        return options.env(environment).vars(vars).tags(tags).parallel(parallel);
    }
}
