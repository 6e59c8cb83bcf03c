package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds {@link YamlNode}s straight from SnakeYAML's parser events, refusing explicit tags, duplicate keys and alias
 * bombs, and keeping the limits SnakeYAML's composer keeps (nesting depth, aliases of collections, global tags).
 * No tree of SnakeYAML nodes is built first: composing one took a third of the time a 10,000-step file took to load,
 * and it was held, with everything it pointed to, until the tree of our own nodes was finished beside it.
 */
final class YamlNodeBuilder {
    /** Deeper values come only from aliases nested in aliases (the parser stops plain nesting at 100 levels). */
    static final int MAX_DEPTH = 200;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);

    /** Thrown when a document cannot be read on: too many nodes, too deep, an alias that contains itself or is undefined. */
    static final class Refused extends RuntimeException {
        private final Position position;

        private final String hint;

        Refused(Position position, String message) {
            this(position, message, "");
        }

        Refused(Position position, String message, String hint) {
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

    /**
     * What an anchor names: its node (null while that collection is still being read, when an alias to it is
     * recursive), its text when it is a scalar (a key may be an alias of one), and how many values and levels an
     * alias of it stands for.
     */
    private static final class Anchored {
        final Position at;
        YamlNode node;
        String text;
        int values;
        int levels;

        Anchored(Position at) {
            this.at = at;
        }
    }

    private final String file;
    private final Parser parser;
    private final Resolver resolver = new Resolver();
    private final LoaderOptions options;
    private final int maxNodes;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Problems problems;
    private int nodes;
    private int collectionAliases;
    private int depth;
    private int deepest;

    YamlNodeBuilder(String file, Problems problems, int maxNodes, Parser parser, LoaderOptions options) {
        this.file = file;
        this.problems = problems;
        this.maxNodes = maxNodes;
        this.parser = parser;
        this.options = options;
    }

    /** Whether another document follows. */
    boolean hasDocument() {
        if (parser.checkEvent(Event.ID.StreamStart)) parser.getEvent();
        return !parser.checkEvent(Event.ID.StreamEnd);
    }

    /** The next document; anchors do not reach from one document into the next. */
    ConfigNode document() {
        parser.getEvent(); // document start
        YamlNode root = node();
        parser.getEvent(); // document end
        anchors.clear();
        return root;
    }

    private YamlNode node() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent alias) return alias(alias).node;
        Position at = position(event.getStartMark());
        counted(at, 1);
        String anchor = ((NodeEvent) event).getAnchor();
        Anchored anchored = anchor == null ? null : new Anchored(at);
        if (anchored != null) anchors.put(anchor, anchored); // a later anchor of the same name replaces it, as in YAML
        int nodesBefore = nodes;
        int deepestBefore = deepest;
        deepest = ++depth;
        try {
            YamlNode node = switch (event.getEventId()) {
                case Scalar -> scalar((ScalarEvent) event, at, anchored);
                case SequenceStart -> sequence((CollectionStartEvent) event, at);
                default -> mapping((CollectionStartEvent) event, at);
            };
            if (anchored != null) {
                anchored.node = node;
                anchored.values = nodes - nodesBefore + 1;
                anchored.levels = deepest - depth + 1;
            }
            return node;
        } finally {
            depth--;
            deepest = Math.max(deepest, deepestBefore);
        }
    }

    /** The anchored value an alias repeats, counted as often as it is repeated. */
    private Anchored alias(AliasEvent event) {
        Position here = position(event.getStartMark());
        Anchored anchored = anchors.get(event.getAnchor());
        if (anchored == null) throw new Refused(here, "invalid YAML: found undefined alias " + event.getAnchor());
        if (anchored.node == null) {
            throw new Refused(anchored.at, "recursive alias: the value anchored here contains itself",
                    "an alias (*name) may only repeat a value defined before it, outside that value");
        }
        if (anchored.text == null && ++collectionAliases > options.getMaxAliasesForCollections()) {
            throw new Refused(here, "invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max="
                    + options.getMaxAliasesForCollections());
        }
        counted(anchored.at, anchored.values);
        if (depth + anchored.levels > MAX_DEPTH) {
            throw new Refused(anchored.at, "nested too deep: more than " + MAX_DEPTH + " levels (nested aliases?)");
        }
        deepest = Math.max(deepest, depth + anchored.levels);
        return anchored;
    }

    private void counted(Position at, int values) {
        nodes += values;
        if (nodes > maxNodes) throw new Refused(at, "document too large: more than " + maxNodes + " values (nested aliases?)");
    }

    private YamlNode scalar(ScalarEvent event, Position at, Anchored anchored) {
        String text = EditorLines.restore(event.getValue());
        if (anchored != null) anchored.text = text;
        Tag tag = tag(event.getTag(), NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar(), at);
        allowed(tag, at);
        if (event.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) return YamlNode.scalar(at, text, text);
        Object value = PlainScalars.typed(text, tag);
        return value == null ? YamlNode.nullNode(at) : YamlNode.scalar(at, text, value);
    }

    private YamlNode sequence(CollectionStartEvent event, Position at) {
        allowed(tag(event.getTag(), NodeId.sequence, null, event.getImplicit(), at), at);
        roomForValues(at, Event.ID.SequenceEnd);
        List<ConfigNode> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) items.add(node());
        parser.getEvent();
        return YamlNode.list(at, items);
    }

    private YamlNode mapping(CollectionStartEvent event, Position at) {
        allowed(tag(event.getTag(), NodeId.mapping, null, event.getImplicit(), at), at);
        roomForValues(at, Event.ID.MappingEnd);
        LinkedHashMap<String, ConfigNode> entries = new LinkedHashMap<>();
        LinkedHashMap<String, Position> keys = new LinkedHashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Position keyAt = position(parser.peekEvent().getStartMark());
            String key = key();
            if (key == null) {
                problems.add(keyAt, "a key must be plain text");
                node(); // read past its value, whose anchors later aliases may name
            } else if (entries.containsKey(key)) {
                problems.add(keyAt, "duplicate key '" + key + "'", "first defined at line " + keys.get(key).line());
                node();
            } else {
                keys.put(key, keyAt);
                entries.put(key, node());
            }
        }
        parser.getEvent();
        return YamlNode.owning(at, entries, keys);
    }

    /** A collection nested as deep as YAML may nest holds no values; SnakeYAML's limit, reported where it starts. */
    private void roomForValues(Position at, Event.ID end) {
        if (depth > options.getNestingDepthLimit() && !parser.checkEvent(end)) {
            throw new Refused(at, "invalid YAML: Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
    }

    /** The text of the next key; null when it is not plain text (a list or a map, or an alias of one). */
    private String key() {
        Event event = parser.peekEvent();
        if (event instanceof AliasEvent alias) {
            parser.getEvent();
            return alias(alias).text;
        }
        if (!(event instanceof ScalarEvent scalar)) {
            node();
            return null;
        }
        if (scalar.getAnchor() != null) {
            node(); // kept, for the aliases that repeat it as a value
            return anchors.get(scalar.getAnchor()).text;
        }
        parser.getEvent();
        // a key is its text whatever tag YAML's rules would give it, so only a tag written out is looked at (and a
        // global one naming a Java class refused); resolving every key's implicit tag ran its regular expressions
        // for nothing (about 7 % of planning a long scenario)
        if (scalar.getTag() != null) {
            tag(scalar.getTag(), NodeId.scalar, scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar(),
                    position(scalar.getStartMark()));
        }
        return EditorLines.restore(scalar.getValue());
    }

    /** The tag the event gives, else the one YAML's rules resolve; a global tag naming a Java class stops the document. */
    private Tag tag(String given, NodeId kind, String value, boolean implicit, Position at) {
        if (given == null || given.equals("!")) return resolver.resolve(kind, value, implicit);
        Tag tag = new Tag(given);
        if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
            throw new Refused(at, "invalid YAML: Global tag is not allowed: " + given);
        }
        return tag;
    }

    private void allowed(Tag tag, Position at) {
        if (!PLAIN_TAGS.contains(tag)) {
            problems.add(at, "YAML tag '" + tag.getValue() + "' is not allowed", "crosscheck reads plain YAML only: remove the tag");
        }
    }

    private Position position(Mark mark) {
        return mark == null ? new Position(file, 0, 0) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
