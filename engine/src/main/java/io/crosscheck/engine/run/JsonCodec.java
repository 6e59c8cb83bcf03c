package io.crosscheck.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON text ↔ plain Java values (maps, lists, numbers, strings), with one immutable mapper. */
public final class JsonCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The parsed value, or null when the text is not JSON. */
    public Object parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
