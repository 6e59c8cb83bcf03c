package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns SnakeYAML nodes into {@link YamlNode}s, refusing explicit tags, duplicate keys and alias bombs. */
final class YamlNodeBuilder {
    /** Deeper values come only from aliases nested in aliases (the parser stops plain nesting at 100 levels). */
    static final int MAX_DEPTH = 200;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);

    /** Thrown when a document expands to too many nodes, too deep a nesting, or contains itself through an alias. */
    static final class TooLarge extends RuntimeException {
        private final Position position;

        private final String hint;

        TooLarge(Position position, String message) {
            this(position, message, "");
        }

        TooLarge(Position position, String message, String hint) {
            super(message, null, false, false);
            this.position = position;
            this.hint = hint;
        }

        String hint() {
            return hint;
        }

        Position position() {
            return position;
        }
    }

    private final String file;
    private final Problems problems;
    private final int maxNodes;
    private final Set<Node> path = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int nodes;

    YamlNodeBuilder(String file, Problems problems, int maxNodes) {
        this.file = file;
        this.problems = problems;
        this.maxNodes = maxNodes;
    }

    YamlNode build(Node node) {
        Position at = position(node);
        if (++nodes > maxNodes) {
            throw new TooLarge(at, "document too large: more than " + maxNodes + " values (nested aliases?)");
        }
        if (path.contains(node)) {
            throw new TooLarge(at, "recursive alias: the value anchored here contains itself",
                    "an alias (*name) may only repeat a value defined before it, outside that value");
        }
        if (path.size() >= MAX_DEPTH) {
            throw new TooLarge(at, "nested too deep: more than " + MAX_DEPTH + " levels (nested aliases?)");
        }
        path.add(node);
        try {
            return compose(node, at);
        } finally {
            path.remove(node);
        }
    }

    private YamlNode compose(Node node, Position at) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(at, "YAML tag '" + node.getTag().getValue() + "' is not allowed",
                    "crosscheck reads plain YAML only: remove the tag");
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, at);
        }
        if (node instanceof SequenceNode seq) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) items.add(build(item));
            return YamlNode.list(at, items);
        }
        MappingNode map = (MappingNode) node;
        LinkedHashMap<String, ConfigNode> entries = new LinkedHashMap<>();
        LinkedHashMap<String, Position> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = position(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                problems.add(keyAt, "a key must be plain text");
                continue;
            }
            String key = EditorLines.restore(keyScalar.getValue());
            if (entries.containsKey(key)) {
                problems.add(keyAt, "duplicate key '" + key + "'", "first defined at line " + keys.get(key).line());
                continue;
            }
            keys.put(key, keyAt);
            entries.put(key, build(tuple.getValueNode()));
        }
        return YamlNode.owning(at, entries, keys);
    }

    private YamlNode scalar(ScalarNode scalar, Position at) {
        String text = EditorLines.restore(scalar.getValue());
        if (scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) return YamlNode.scalar(at, text, text);
        Object value = PlainScalars.typed(text, scalar.getTag());
        return value == null ? YamlNode.nullNode(at) : YamlNode.scalar(at, text, value);
    }

    private Position position(Node node) {
        var mark = node.getStartMark();
        return mark == null ? new Position(file, 0, 0) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
