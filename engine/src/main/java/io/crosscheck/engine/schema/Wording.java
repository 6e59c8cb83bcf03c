package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.load.ValueWords;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Says a finding the way the parser says its problems, at the YAML node it is about. */
final class Wording {

    /** A problem to report: where, what, and the fix when known. */
    record Said(Position at, String message, String hint) {
    }

    private final JsonNode schema;

    Wording(JsonNode schema) {
        this.schema = schema;
    }

    Said say(Finding f, ConfigNode document) {
        ConfigNode node = Paths.node(document, f.instance());
        String key = f.instance().isEmpty() ? "value" : f.instance().get(f.instance().size() - 1);
        JsonNode at = Paths.schema(schema, f.evaluation());
        JsonNode owner = Paths.schema(schema, f.evaluation().subList(0, Math.max(0, f.evaluation().size() - 1)));
        return switch (f.type()) {
            case "additionalProperties" -> new Said(node.keyPosition(f.property()),
                    "unknown key '" + f.property() + "'" + in(owner), known(f.property(), owner));
            case "propertyNames" -> unknownName(f, node);
            case "required" -> new Said(node.position(), "missing key '" + f.property() + "'" + in(owner), "");
            case "type" -> new Said(node.position(), ValueWords.expected(owner != null && owner.has("pattern")
                    && BestMatch.title(owner) != null ? BestMatch.title(owner) : types(at), node), "");
            case "enum" -> new Said(node.position(), key + ": unknown value " + describe(node),
                    "one of: " + String.join(", ", enumValues(at)));
            case "minimum" -> new Said(node.position(), ValueWords.outOfRange(key, at.numberValue(), null, node.text()), "");
            case "exclusiveMinimum" -> new Said(node.position(), key + " must be more than " + number(at) + ", got " + node.text(), "");
            case "maximum" -> new Said(node.position(), ValueWords.outOfRange(key, null, at.numberValue(), node.text()), "");
            case "minItems" -> new Said(node.position(), key + " needs at least " + number(at) + " item(s)", "");
            case "minLength" -> new Said(node.position(), key + " must not be empty", "");
            case "pattern" -> new Said(node.position(), BestMatch.title(owner) != null
                    ? ValueWords.expected(BestMatch.title(owner), node) : describe(node) + ": " + f.text(), "");
            case "not" -> new Said(node.position(), BestMatch.title(owner) != null ? BestMatch.title(owner) : f.text(), "");
            case BestMatch.EXPECTED -> new Said(node.position(), f.text() != null
                    ? ValueWords.expected(f.text(), node) : "unexpected value " + describe(node), "");
            case BestMatch.NEEDS_ONE -> oneOf(f, node);
            default -> new Said(node.position(), f.text(), "");
        };
    }

    /** A key refused by {@code propertyNames}: a near miss of a known key (`kafak:` in an environment). */
    private Said unknownName(Finding f, ConfigNode node) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("property '(.*?)' name").matcher(f.text());
        String name = f.property() != null ? f.property() : m.find() ? m.group(1) : "?";
        int names = f.evaluation().lastIndexOf("propertyNames");
        JsonNode owner = Paths.schema(schema, f.evaluation().subList(0, Math.max(0, names)));
        return new Said(node.keyPosition(name), "unknown key '" + name + "'" + in(owner), known(name, owner));
    }

    /** A oneOf over keys: none present, or more than one. */
    private static Said oneOf(Finding f, ConfigNode node) {
        List<String> keys = List.of(f.property().split(", "));
        String what = f.text() == null ? "this map" : f.text();
        List<String> present = keys.stream().filter(k -> node.entries().containsKey(k)).toList();
        if (present.size() > 1) {
            return new Said(node.keyPosition(present.get(1)), what + " takes one of " + String.join(", ", keys)
                    + ", found " + String.join(" and ", present), "split it");
        }
        return new Said(node.position(), what + " needs one of: " + String.join(", ", keys), "");
    }

    private static String in(JsonNode owner) {
        String title = BestMatch.title(owner);
        return title == null ? "" : " in " + title;
    }

    private static String known(String key, JsonNode owner) {
        List<String> names = new ArrayList<>();
        if (owner != null && owner.has("properties")) owner.get("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) return "";
        return Suggestions.closest(key, names).map(s -> "did you mean '" + s + "'?")
                .orElse("known keys: " + String.join(", ", names));
    }

    private static String types(JsonNode at) {
        List<String> names = new ArrayList<>();
        if (at != null && at.isArray()) at.forEach(t -> names.add(typeName(t.asText())));
        else if (at != null) names.add(typeName(at.asText()));
        return String.join(" or ", names);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "a map";
            case "array" -> "a list";
            case "null" -> "nothing";
            default -> type;
        };
    }

    /** Enum values, without the upper-case spellings of the same word. */
    private static List<String> enumValues(JsonNode at) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        if (at != null) {
            for (JsonNode v : at) {
                if (seen.add(v.asText().toLowerCase(Locale.ROOT).replace('_', '-'))) out.add(v.asText());
            }
        }
        return out;
    }

    private static String number(JsonNode at) {
        return at == null ? "?" : at.asText();
    }

    static String describe(ConfigNode node) {
        return ValueWords.describe(node);
    }
}
