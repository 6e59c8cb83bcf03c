package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Response headers as a case-insensitive map, the body as parsed JSON when it is JSON, else text. */
final class ResponseValues {
    private ResponseValues() {
    }

    /**
     * A body as the result shows it: {@code value} parsed, {@code text} as it came. {@code truncated}: the response was longer than the limit and only its first
     * {@code limit} bytes are kept; {@code length} is then the full length the server announced, -1 if it did not.
     */
    record Body(Object value, String text, boolean truncated, long length) {
    }

    static Map<String, Object> headers(Headers headers) {
        Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : headers.names()) {
            List<String> values = headers.values(name);
            out.put(name, values.size() == 1 ? values.get(0) : values);
        }
        return out;
    }

    /**
     * Reads at most {@code limit} bytes of the body: memory stays bounded by the setting whatever the server sends.
     * The rest is left unread; closing the response then drops the connection instead of reading it to the end.
     */
    static Body body(ResponseBody body, long limit, StepContext ctx) throws IOException {
        if (body == null) return new Body(null, "", false, -1);
        BufferedSource source = body.source();
        Buffer kept = new Buffer();
        while (kept.size() < limit && source.read(kept, limit - kept.size()) != -1) {
            // reads until the limit or the end of the body
        }
        boolean truncated = kept.size() >= limit && !source.exhausted();
        MediaType type = body.contentType();
        Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
        String text = kept.readString(charset);
        if (truncated) {
            long length = body.contentLength();
            String cut = text + "\n[body truncated: kept the first " + ByteSize.format(limit)
                    + (length >= 0 ? " of " + ByteSize.format(length) : "") + " (maxBodySize)]";
            return new Body(cut, cut, true, length);
        }
        return new Body(parsed(text, type, ctx), text, false, -1);
    }

    private static Object parsed(String text, MediaType type, StepContext ctx) {
        if (text.isEmpty()) return null;
        boolean jsonType = type != null && type.subtype().toLowerCase().contains("json");
        String t = text.stripLeading();
        if (jsonType || t.startsWith("{") || t.startsWith("[")) {
            Object parsed = ctx.parseJson(text);
            if (parsed != null) return parsed;
        }
        return text;
    }
}
