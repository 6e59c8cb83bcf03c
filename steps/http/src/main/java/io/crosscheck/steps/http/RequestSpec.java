package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.StepContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** A call's config rendered in the scenario's scope and joined with the environment's http settings. */
record RequestSpec(String method, HttpUrl url, Map<String, String> headers, String bodyText, Map<String, String> form,
                   String contentType) {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    static RequestSpec from(CallConfig config, StepContext ctx) {
        Map<String, Object> settings = ctx.settings("http");
        String method = config.method() == null ? "GET" : ctx.renderText(config.method()).toUpperCase(Locale.ROOT);
        String url = ctx.renderText(config.url());
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            Object base = settings.get("baseUrl");
            if (base == null) throw new IllegalArgumentException("relative url '" + url + "' needs http.baseUrl in the environment");
            String b = String.valueOf(base);
            parsed = HttpUrl.parse(b.replaceAll("/+$", "") + (url.startsWith("/") ? url : "/" + url));
            if (parsed == null) throw new IllegalArgumentException("bad url '" + b + url + "'");
        }
        HttpUrl.Builder urlBuilder = parsed.newBuilder();
        texts(ctx.render(config.query())).forEach(urlBuilder::addQueryParameter);
        Map<String, String> headers = new LinkedHashMap<>(texts(settings.get("headers")));
        headers.putAll(texts(ctx.render(config.headers())));
        String body = null;
        String contentType = null;
        if (config.json() != null) {
            body = ctx.toJson(ctx.render(config.json()));
            contentType = JSON.toString();
        } else if (config.body() != null) {
            body = ctx.renderText(config.body());
            contentType = "text/plain; charset=utf-8";
        }
        Map<String, String> form = texts(ctx.render(config.form()));
        return new RequestSpec(method, urlBuilder.build(), headers, body, form, contentType);
    }

    Request toRequest() {
        Request.Builder b = new Request.Builder().url(url);
        headers.forEach(b::header);
        RequestBody requestBody = null;
        if (bodyText != null) {
            String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .map(Map.Entry::getValue).findFirst().orElse(contentType);
            requestBody = RequestBody.create(bodyText, MediaType.parse(type));
        } else if (!form.isEmpty()) {
            FormBody.Builder fb = new FormBody.Builder();
            form.forEach(fb::add);
            requestBody = fb.build();
        } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            requestBody = RequestBody.create(new byte[0]);
        }
        return b.method(method, requestBody).build();
    }

    /** What the report shows of the request. */
    Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", method);
        out.put("url", url.toString());
        if (!headers.isEmpty()) out.put("headers", headers);
        if (bodyText != null) out.put("body", bodyText);
        if (!form.isEmpty()) out.put("form", form);
        return out;
    }

    private static Map<String, String> texts(Object rendered) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rendered instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return out;
    }
}
