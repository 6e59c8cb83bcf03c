package io.crosscheck.engine.model;

import io.crosscheck.engine.spi.step.ConfigNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * crosscheck.yaml: defaults, environments and where extra reports go. Each environment is kept as its node
 * (sections such as {@code vars}, {@code http}, {@code kafka}) so that connection names keep their positions.
 * {@code allureDir} ({@code reports: {allure: DIR}}, relative to the project folder) is null when not asked for.
 * {@code root} is the whole document (null without one), for the keys read where steps can be parsed
 * ({@code setup}, {@code teardown}) and files read ({@code varsFiles}).
 * {@code exclude} holds the globs of files below the project folder that are not scenarios.
 */
public record ProjectConfig(Path dir, Path file, Duration defaultTimeout, Map<String, ConfigNode> environments,
                            Path allureDir, ConfigNode root, List<String> exclude) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ProjectConfig {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** {@code trace: {header: NAME}}: a header sent with the trace id beside traceparent; null when not set. */
    public String traceHeader() {
        if (root == null) return null;
        return root.get("trace").flatMap(t -> t.get("header")).filter(ConfigNode::isScalar).map(ConfigNode::text).orElse(null);
    }

    public static ProjectConfig empty(Path dir) {
        return empty(dir, null);
    }

    /** A config file without settings (or none: {@code file} null). */
    public static ProjectConfig empty(Path dir, Path file) {
        return new ProjectConfig(dir, file, DEFAULT_TIMEOUT, Map.of(), null, null, List.of());
    }
}
