package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.StepContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Response headers as a case-insensitive map, the body as parsed JSON when it is JSON, else text. */
final class ResponseValues {
    private ResponseValues() {
    }

    static Map<String, Object> headers(Headers headers) {
        Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : headers.names()) {
            List<String> values = headers.values(name);
            out.put(name, values.size() == 1 ? values.get(0) : values);
        }
        return out;
    }

    static Object body(Response response, StepContext ctx) throws IOException {
        ResponseBody body = response.body();
        if (body == null) return null;
        String text = body.string();
        if (text.isEmpty()) return null;
        MediaType type = body.contentType();
        boolean jsonType = type != null && type.subtype().toLowerCase().contains("json");
        String t = text.stripLeading();
        if (jsonType || t.startsWith("{") || t.startsWith("[")) {
            Object parsed = ctx.parseJson(text);
            if (parsed != null) return parsed;
        }
        return text;
    }
}
