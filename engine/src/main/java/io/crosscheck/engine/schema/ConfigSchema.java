package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.load.ConfigComponents;
import io.crosscheck.engine.load.FormValues;
import io.crosscheck.engine.load.ValueWords;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Forms;
import io.crosscheck.engine.spi.step.OtherKeys;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.Choices;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON Schema of a config record, from its components and their annotations: the same {@link Required},
 * {@link Range}, {@link Default} and types the binder checks, and {@link Doc} for editors. A step module's build
 * writes it into its jar ({@link FragmentWriter}); the engine merges it into the scenario schema.
 */
public final class ConfigSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT =
            JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ConfigSchema() {
    }

    /** The schema of a map bound onto {@code type}, titled {@code title} (the verb, or {@code verb (kind)}). */
    public static ObjectNode of(Class<? extends Record> type, String title) {
        ObjectNode schema = JSON.createObjectNode().put("title", title);
        Doc doc = type.getAnnotation(Doc.class);
        if (doc != null) schema.put("description", doc.value());
        schema.put("type", "object");
        ArrayNode required = JSON.createArrayNode();
        ObjectNode properties = JSON.createObjectNode();
        for (RecordComponent c : ConfigComponents.keys(type)) {
            String key = ConfigComponents.keyOf(c);
            if (c.isAnnotationPresent(Required.class)) required.add(key);
            properties.set(key, property(c, key));
        }
        if (!required.isEmpty()) schema.set("required", required);
        schema.put("additionalProperties", false);
        schema.set("properties", properties);
        for (RecordComponent c : ConfigComponents.others(type)) others(schema, properties, c);
        KeyRuleSchema.add(schema, type, title);
        if (doc != null) examples(schema, doc);
        return schema;
    }

    private static ObjectNode property(RecordComponent c, String key) {
        ObjectNode p = JSON.createObjectNode();
        Doc doc = c.getAnnotation(Doc.class);
        if (doc != null) p.put("description", doc.value());
        Range range = c.getAnnotation(Range.class);
        String shape = doc != null && !doc.shape().isEmpty() ? doc.shape() : c.getType() == Duration.class ? "durationOrSeconds" : "";
        Choices choices = c.getAnnotation(Choices.class);
        Forms forms = c.getAnnotation(Forms.class);
        if (!shape.isEmpty()) {
            p.putArray("allOf").addObject().put("$ref", "#/$defs/" + shape);
        } else if (choices != null) {
            p.put("title", FormValues.title(choices));
            ArrayNode any = p.putArray("anyOf");
            ArrayNode spellings = any.addObject().putArray("enum");
            FormValues.spellings(choices).forEach(spellings::add);
            any.addObject().put("$ref", "#/$defs/template");
        } else if (forms != null && c.getType() == Map.class) {
            p.put("title", key).put("type", "object");
            forms(p.putObject("additionalProperties"), forms, key);
        } else if (forms != null) {
            forms(p, forms, key);
        } else if (range != null && c.getType() == Object.class) {
            p.put("title", ValueWords.wholeOrTemplate(range.min()));
            ArrayNode any = p.putArray("anyOf");
            bounds(any.addObject().put("type", "integer"), range);
            any.addObject().put("$ref", "#/$defs/template");
        } else {
            p.put("title", key);
            type(p, c.getGenericType());
            if (range != null) bounds(p, range);
        }
        Default given = c.getAnnotation(Default.class);
        if (given != null) p.set("default", value(given.value()));
        if (doc != null) examples(p, doc);
        return p;
    }

    /** The keys an {@link OtherKeys} component takes: by name, by pattern, or every other key. */
    private static void others(ObjectNode schema, ObjectNode properties, RecordComponent c) {
        OtherKeys others = c.getAnnotation(OtherKeys.class);
        Set<String> names = ConfigComponents.names(c);
        for (String name : new TreeSet<>(names)) if (!properties.has(name)) properties.set(name, other(c));
        if (!others.pattern().isEmpty()) {
            schema.withObject("/patternProperties").set("^(?:" + others.pattern() + ")", other(c));
        } else if (names.isEmpty()) {
            schema.set("additionalProperties", other(c));
        }
    }

    /** The schema of one key an {@link OtherKeys} component takes: its description and the map's value type. */
    private static ObjectNode other(RecordComponent c) {
        ObjectNode p = JSON.createObjectNode();
        Doc doc = c.getAnnotation(Doc.class);
        if (doc != null) p.put("description", doc.value());
        if (doc != null && !doc.shape().isEmpty()) p.putArray("allOf").addObject().put("$ref", "#/$defs/" + doc.shape());
        else if (c.getGenericType() instanceof ParameterizedType t) type(p, t.getActualTypeArguments()[1]);
        return p;
    }

    /** A value of one of the forms: text, nothing or a map of the record's keys. */
    @SuppressWarnings("unchecked")
    private static void forms(ObjectNode p, Forms forms, String key) {
        p.put("title", FormValues.title(forms));
        ArrayNode any = p.putArray("anyOf");
        for (Class<?> form : forms.value()) {
            if (form == String.class) any.addObject().put("$ref", "#/$defs/text");
            else if (form == Void.class) any.addObject().put("type", "null");
            else {
                ObjectNode nested = of((Class<? extends Record>) form, key);
                nested.remove("title");
                any.add(nested);
            }
        }
    }

    private static void type(ObjectNode p, Type type) {
        Class<?> raw = type instanceof ParameterizedType t ? (Class<?>) t.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) p.put("type", "string");
        else if (raw == boolean.class || raw == Boolean.class) p.put("type", "boolean");
        else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) p.put("type", "integer");
        else if (raw == double.class || raw == Double.class) p.put("type", "number");
        else if (raw == Duration.class) p.putArray("allOf").addObject().put("$ref", "#/$defs/durationOrSeconds"); // in a list
        else if (raw == Map.class) p.put("type", "object");
        else if (raw == List.class) {
            p.put("type", "array");
            if (type instanceof ParameterizedType t) type(p.putObject("items"), t.getActualTypeArguments()[0]);
        } else if (raw.isEnum()) enumValues(p, raw);
        else if (raw.isRecord()) {
            @SuppressWarnings("unchecked") ObjectNode nested = of((Class<? extends Record>) raw, p.path("title").asText());
            nested.remove("title");
            // the key's own description says what the record is for there; the record's is the fallback
            if (p.has("description")) nested.remove("description");
            p.setAll(nested);
        } else if (raw != Object.class && raw != ConfigNode.class) {
            throw new IllegalStateException("no schema for config type " + type);
        }
    }

    /** The spellings the binder takes: the constant as written in YAML (its toString()), and its name or name in lower case. */
    private static void enumValues(ObjectNode p, Class<?> type) {
        ArrayNode values = p.putArray("enum");
        for (Object constant : type.getEnumConstants()) values.add(constant.toString());
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            values.add(constant.toString().equals(name) ? name.toLowerCase(Locale.ROOT) : name);
        }
    }

    private static void bounds(ObjectNode p, Range range) {
        if (range.min() != Long.MIN_VALUE) p.put("minimum", range.min());
        if (range.max() != Long.MAX_VALUE) p.put("maximum", range.max());
    }

    private static void examples(ObjectNode p, Doc doc) {
        if (doc.examples().length == 0) return;
        ArrayNode examples = p.putArray("examples");
        for (String e : doc.examples()) examples.add(value(e));
    }

    /** A JSON text as its value; any other text as a string. */
    private static JsonNode value(String text) {
        try {
            return STRICT.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
