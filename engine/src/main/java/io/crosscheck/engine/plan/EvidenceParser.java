package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.model.EvidenceSpec;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.Problems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads crosscheck.yaml's {@code evidence:} (spec §8): a list of sources, each with a {@code name}, one kind key
 * whose value the kind's {@link EvidenceSource} parses (a step module's own config), {@code fields} and the optional
 * bounds {@code timeout} and {@code limit}. The kinds are whatever the classpath's modules register; none is named here.
 */
final class EvidenceParser {
    static final List<String> FIELDS = List.of("time", "service", "level", "message");
    private static final List<String> KEYS = List.of("name", "fields", "timeout", "limit");

    private final Map<String, EvidenceSource<?>> kinds;

    EvidenceParser(Map<String, EvidenceSource<?>> kinds) {
        this.kinds = kinds;
    }

    static EvidenceParser load(ClassLoader loader) {
        Map<String, EvidenceSource<?>> kinds = new TreeMap<>();
        for (EvidenceSource<?> s : ServiceLoader.load(EvidenceSource.class, loader)) kinds.putIfAbsent(s.kind(), s);
        return new EvidenceParser(kinds);
    }

    List<EvidenceSpec> parse(ConfigNode root, Problems problems) {
        ConfigNode list = root == null ? null : root.get("evidence").orElse(null);
        if (list == null || list.kind() == ConfigNode.Kind.NULL) return List.of();
        if (!list.isList()) {
            problems.add(list, "evidence must be a list of sources, each with a name, a kind (" + kindNames()
                    + ") and fields");
            return List.of();
        }
        List<EvidenceSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode item : list.items()) {
            EvidenceSpec spec = source(item, problems);
            if (spec == null) continue;
            if (!names.add(spec.name())) {
                problems.add(item.get("name").orElse(item), "two evidence sources are named '" + spec.name() + "'");
            } else {
                out.add(spec);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private EvidenceSpec source(ConfigNode item, Problems problems) {
        if (!item.isMap()) {
            problems.add(item, "an evidence source must be a map with name, a kind (" + kindNames() + ") and fields");
            return null;
        }
        int before = problems.size();
        String name = item.get("name").filter(n -> n.isScalar() && n.text() != null && !n.text().isBlank())
                .map(ConfigNode::text).orElse(null);
        if (name == null) {
            problems.add(item.get("name").orElse(item), "an evidence source needs a name, e.g. name: service logs");
        }
        List<String> kindKeys = new ArrayList<>();
        for (String key : item.entries().keySet()) {
            if (kinds.containsKey(key)) kindKeys.add(key);
            else if (!KEYS.contains(key)) {
                List<String> known = new ArrayList<>(KEYS);
                known.addAll(kinds.keySet());
                String hint = Suggestions.hint(key, known);
                problems.add(item.keyPosition(key), "unknown key '" + key + "' in evidence source",
                        hint.isEmpty() ? "known keys: " + String.join(", ", known) : hint);
            }
        }
        if (kindKeys.isEmpty()) {
            problems.add(item, "evidence source " + (name == null ? "" : "'" + name + "' ") + "needs one of the keys "
                    + kindNames());
        } else if (kindKeys.size() > 1) {
            problems.add(item.keyPosition(kindKeys.get(1)), "an evidence source has one kind, here both '"
                    + kindKeys.get(0) + "' and '" + kindKeys.get(1) + "'", "write one source per kind");
        }
        Map<String, String> fields = fields(item, problems);
        Duration timeout = timeout(item, problems);
        int limit = limit(item, problems);
        if (problems.size() > before || kindKeys.size() != 1) return null;
        EvidenceSource<Object> source = (EvidenceSource<Object>) kinds.get(kindKeys.get(0));
        Object config = source.parse(item.get(kindKeys.get(0)).orElseThrow(), problems);
        if (config == null || problems.size() > before) return null;
        return new EvidenceSpec(name, source, config, fields, timeout, limit, item.position());
    }

    /** {@code fields: {time, service, level, message}}: an expression each, over one row; time and message needed. */
    private static Map<String, String> fields(ConfigNode item, Problems problems) {
        ConfigNode node = item.get("fields").orElse(null);
        if (node == null) {
            problems.add(item, "an evidence source needs fields, e.g. fields: { time: ts, service: service, level: level,"
                    + " message: message }");
            return Map.of();
        }
        if (!node.isMap()) {
            problems.add(node, "fields must map " + String.join(", ", FIELDS) + " to expressions over a row");
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.entries().forEach((key, value) -> {
            if (!FIELDS.contains(key)) {
                problems.add(node.keyPosition(key), "unknown key '" + key + "' in fields", Suggestions.hint(key, FIELDS)
                        .transform(h -> h.isEmpty() ? "known keys: " + String.join(", ", FIELDS) : h));
            } else if (!value.isScalar() || value.text() == null || value.text().isBlank()) {
                problems.add(value, "fields." + key + " must be an expression over a row, e.g. ts or 'billing'");
            } else {
                problems.checkExpression(value);
                fields.put(key, value.text());
            }
        });
        for (String needed : List.of("time", "message")) {
            if (!node.entries().containsKey(needed)) problems.add(node, "fields needs " + needed);
        }
        return fields;
    }

    private static Duration timeout(ConfigNode item, Problems problems) {
        ConfigNode node = item.get("timeout").orElse(null);
        if (node == null) return EvidenceSpec.DEFAULT_TIMEOUT;
        Duration d = Durations.read(node, problems);
        if (d != null && (d.isZero() || d.isNegative())) problems.add(node, "timeout must be more than 0", "write e.g. 5s");
        return d == null ? EvidenceSpec.DEFAULT_TIMEOUT : d;
    }

    private static int limit(ConfigNode item, Problems problems) {
        ConfigNode node = item.get("limit").orElse(null);
        if (node == null) return EvidenceSpec.DEFAULT_LIMIT;
        if (node.value() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 1
                && n.longValue() <= 100_000) {
            return n.intValue();
        }
        problems.add(node, "limit must be a whole number of lines from 1 to 100000", "the default is "
                + EvidenceSpec.DEFAULT_LIMIT);
        return EvidenceSpec.DEFAULT_LIMIT;
    }

    private String kindNames() {
        return kinds.isEmpty() ? "none installed" : String.join(", ", kinds.keySet());
    }
}
