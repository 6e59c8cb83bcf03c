package io.crosscheck.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON text ↔ plain Java values (maps, lists, numbers, strings), with one mapper configured once and never
 * changed. Dates and times are written as ISO-8601 text, decimals without exponent.
 */
public final class JsonCodec {
    private static final JsonCodec SHARED = new JsonCodec();

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new JavaTimeModule())
            .build();

    /** The codec every part of the engine shares (it is immutable). */
    public static JsonCodec shared() {
        return SHARED;
    }

    /** The parsed value, or null when the text is not JSON. */
    public Object parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Compact JSON text; a value Jackson cannot write is written as the JSON string of its text. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            try {
                return mapper.writeValueAsString(String.valueOf(value));
            } catch (JsonProcessingException impossible) {
                return "\"\"";
            }
        }
    }
}
