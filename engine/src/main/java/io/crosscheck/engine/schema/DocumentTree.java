package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.ConfigNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A YAML document as the JSON tree the schema validator reads, made straight from its nodes: a file of 10,000 steps
 * is copied once, not into plain values and then through a token buffer. Numbers take the node types Jackson's own
 * conversion gives them (an int where it fits).
 */
final class DocumentTree {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DocumentTree() {
    }

    static JsonNode of(ConfigNode node) {
        return switch (node.kind()) {
            case NULL -> JSON.nullNode();
            case MAP -> {
                ObjectNode object = JSON.objectNode();
                node.entries().forEach((key, value) -> object.set(key, of(value)));
                yield object;
            }
            case LIST -> {
                ArrayNode array = JSON.arrayNode(node.items().size());
                node.items().forEach(item -> array.add(of(item)));
                yield array;
            }
            case SCALAR -> scalar(node.value());
        };
    }

    private static JsonNode scalar(Object value) {
        if (value == null) return JSON.nullNode();
        if (value instanceof String s) return JSON.textNode(s);
        if (value instanceof Boolean b) return JSON.booleanNode(b);
        if (value instanceof Long l) return l == l.intValue() ? JSON.numberNode(l.intValue()) : JSON.numberNode(l);
        if (value instanceof Integer i) return JSON.numberNode(i);
        if (value instanceof Double d) return JSON.numberNode(d);
        if (value instanceof BigInteger b) return JSON.numberNode(b);
        if (value instanceof BigDecimal b) return JSON.numberNode(b);
        return JSON.textNode(String.valueOf(value));
    }
}
