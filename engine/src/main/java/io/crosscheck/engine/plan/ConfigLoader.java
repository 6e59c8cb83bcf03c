package io.crosscheck.engine.plan;

import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds and reads crosscheck.yaml (spec §5): the nearest one at or above the first scenario path. */
public final class ConfigLoader {
    public static final String FILE_NAME = "crosscheck.yaml";
    private static final List<String> KEYS = List.of("defaults", "environments", "reports", "setup", "teardown",
            "varsFiles", "trace", "exclude", "evidence");
    /** A header name (RFC 9110 token). */
    private static final java.util.regex.Pattern HEADER_NAME = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** The engine's own section; the others are those the step modules declare, and plugins may add their own. */
    private static final String VARS = "vars";

    private ConfigLoader() {
    }

    /** The folder holding crosscheck.yaml at or above {@code start}; else {@code start}'s folder. */
    public static Path projectDir(Path start) {
        Path dir = Files.isDirectory(start) ? start.toAbsolutePath() : start.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(FILE_NAME))) return d;
            if (Files.isDirectory(d.resolve(".git"))) break;
        }
        return dir;
    }

    /** Reads crosscheck.yaml in {@code dir}; {@code sections} are the environment sections the step modules declare. */
    public static ProjectConfig load(Path dir, SourceFiles sources, Map<String, EnvironmentSection> sections,
            Problems problems) {
        Map<String, EnvironmentSection> known = new LinkedHashMap<>();
        known.put(VARS, EnvironmentSection.ofSettings(VARS));
        sections.forEach(known::putIfAbsent);
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return ProjectConfig.empty(dir);
        String shown = SourceFiles.displayName(file);
        String text = sources.read(file, shown, problems).orElse(null);
        if (text == null) return ProjectConfig.empty(dir);
        List<ConfigNode> docs = new YamlLoader().load(shown, text, problems);
        if (docs.isEmpty()) return ProjectConfig.empty(dir, file);
        ConfigNode root = docs.get(0);
        if (!root.isMap()) {
            problems.add(root, "crosscheck.yaml must be a map with 'defaults' and 'environments'");
            return ProjectConfig.empty(dir);
        }
        root.entries().keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k ->
                problems.add(root.keyPosition(k), "unknown key '" + k + "' in crosscheck.yaml", topLevelHint(k, known.keySet())));
        Duration timeout = ProjectConfig.DEFAULT_TIMEOUT;
        var t = root.get("defaults").flatMap(d -> d.get("timeout"));
        if (t.isPresent()) {
            Duration d = Durations.read(t.get(), problems);
            if (d != null && d.isZero()) problems.add(t.get(), "defaults.timeout must be more than 0", "write e.g. 30s");
            else if (d != null) timeout = d;
        }
        Map<String, ConfigNode> environments = new LinkedHashMap<>();
        root.get("environments").ifPresent(envs -> {
            if (!envs.isMap()) {
                problems.add(envs, "environments must be a map of NAME: {sections}");
                return;
            }
            envs.entries().forEach((name, env) -> {
                checkEnvironment(name, env, known, problems);
                environments.put(name, env);
            });
        });
        checkTrace(root, problems);
        return new ProjectConfig(dir, file, timeout, environments, allureDir(dir, root, problems), root,
                Exclusions.read(root, problems));
    }

    /** {@code trace: {header: NAME}}: the header that carries the trace id beside traceparent. */
    private static void checkTrace(ConfigNode root, Problems problems) {
        ConfigNode trace = root.get("trace").orElse(null);
        if (trace == null) return;
        if (!trace.isMap()) {
            problems.add(trace, "trace must be a map such as { header: X-Correlation-Id }");
            return;
        }
        trace.entries().keySet().stream().filter(k -> !k.equals("header")).forEach(k ->
                problems.add(trace.keyPosition(k), "unknown key '" + k + "' in trace", Suggestions.hint(k, List.of("header"))));
        ConfigNode header = trace.entries().get("header");
        if (header != null && (!header.isScalar() || header.text() == null || !HEADER_NAME.matcher(header.text()).matches())) {
            problems.add(header, "trace.header must be a header name such as X-Correlation-Id");
        }
    }

    /** {@code reports: {allure: DIR}}: Allure results written beside the usual reports, like --allure-dir. */
    private static Path allureDir(Path dir, ConfigNode root, Problems problems) {
        ConfigNode reports = root.get("reports").orElse(null);
        if (reports == null) return null;
        if (!reports.isMap()) {
            problems.add(reports, "reports must be a map such as { allure: target/allure-results }");
            return null;
        }
        reports.entries().keySet().stream().filter(k -> !k.equals("allure")).forEach(k ->
                problems.add(reports.keyPosition(k), "unknown key '" + k + "' in reports", Suggestions.hint(k, List.of("allure"))));
        ConfigNode allure = reports.entries().get("allure");
        if (allure == null) return null;
        if (!allure.isScalar() || allure.text() == null || allure.text().isBlank()) {
            problems.add(allure, "reports.allure must be a folder, e.g. target/allure-results");
            return null;
        }
        return dir.resolve(allure.text());
    }

    /** A typo of a top-level key, or a section written outside of an environment. */
    private static String topLevelHint(String key, Collection<String> sections) {
        String typo = Suggestions.hint(key, KEYS);
        if (!typo.isEmpty()) return typo;
        return Suggestions.closest(key, sections).map(s -> "'" + s + "' is a section of an environment: write it under"
                + " environments.NAME").orElse("known keys: " + String.join(", ", KEYS));
    }

    private static void checkEnvironment(String envName, ConfigNode env, Map<String, EnvironmentSection> sections,
            Problems problems) {
        if (!env.isMap()) {
            problems.add(env, "an environment must be a map of sections (" + String.join(", ", sections.keySet()) + ", ...)");
            return;
        }
        env.entries().forEach((section, node) -> {
            var known = Suggestions.closest(section, sections.keySet()).filter(s -> !s.equals(section));
            EnvironmentSection declared = sections.get(section);
            if (known.isPresent()) {
                // a plugin may bring a section of its own, but not one a letter or two away from a declared one
                problems.add(env.keyPosition(section), "unknown key '" + section + "' in environment '" + envName + "'",
                        "did you mean '" + known.get() + "'?");
            } else if (!node.isMap()) {
                problems.add(node, "section '" + section + "' must be a map");
            } else if (declared != null && declared.connections()) {
                node.entries().forEach((name, conn) -> {
                    if (!conn.isMap()) problems.add(conn, "connection '" + name + "' must be a map of properties");
                });
            }
        });
    }
}
