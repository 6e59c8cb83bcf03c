package io.crosscheck.steps.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A consumed record as scenarios see it: {@code key} (text), {@code value} (parsed JSON when it is JSON, else text),
 * {@code headers} (name to text), {@code partition}, {@code offset}, {@code timestamp} (epoch milliseconds).
 */
final class IncomingRecord {
    private IncomingRecord() {
    }

    static Map<String, Object> of(ConsumerRecord<byte[], byte[]> record, Function<String, Object> parseJson) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) headers.put(h.key(), text(h.value()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", text(record.key()));
        out.put("value", value(text(record.value()), parseJson));
        out.put("headers", headers);
        out.put("partition", record.partition());
        out.put("offset", record.offset());
        out.put("timestamp", record.timestamp());
        return out;
    }

    private static Object value(String text, Function<String, Object> parseJson) {
        if (text == null || !looksLikeJson(text)) return text;
        Object parsed = parseJson.apply(text);
        return parsed == null ? text : parsed;
    }

    /** Cheap first look, so plain text is not handed to the JSON parser. */
    private static boolean looksLikeJson(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        return c == '{' || c == '[' || c == '"' || c == '-' || Character.isDigit(c)
                || t.equals("true") || t.equals("false");
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
