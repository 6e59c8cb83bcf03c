package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A call's config rendered in the scenario's scope and joined with the environment's http settings. Headers: the
 * environment's, its {@code auth}, the call's, its {@code auth}, each replacing the one before; a null value leaves
 * a header (also the environment's), query parameter or form field out.
 */
record RequestSpec(Request request, Object shownBody, Auth auth) {

    private static final Pattern SCHEME = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9+.-]*:");

    static RequestSpec from(CallConfig config, StepContext ctx, Map<String, Object> settings) throws IOException {
        String method = config.method() == null ? "GET" : ctx.renderText(config.method()).toUpperCase(Locale.ROOT);
        HttpUrl url = url(ctx.renderText(config.url()), settings);
        Object query = ctx.render(config.query());
        if (query instanceof Map<?, ?> q && !q.isEmpty()) {
            HttpUrl.Builder withQuery = url.newBuilder();
            q.forEach((k, v) -> {
                // a list is the parameter repeated: tag=a&tag=b
                for (Object item : v instanceof List<?> l ? l : java.util.Collections.singletonList(v)) {
                    if (item != null) withQuery.addQueryParameter(String.valueOf(k), String.valueOf(item));
                }
            });
            url = withQuery.build();
        }
        Headers.Builder headers = new Headers.Builder();
        // the scenario run's trace, a span of its own per call; a header the scenario sets itself wins
        ctx.scenario().trace().headers().forEach(headers::set);
        apply(headers, settings.get("headers"));
        Auth auth = Auth.of(settings.get("auth"), "http.auth");
        if (auth != null) headers.set("Authorization", auth.header());
        apply(headers, ctx.render(config.headers()));
        Auth own = config.auth() == null ? null : Auth.of(ctx.render(config.auth().values()), "auth");
        if (own != null) {
            auth = own;
            headers.set("Authorization", own.header());
        }
        if (auth != null && !auth.header().equals(headers.get("Authorization"))) auth = null;   // a call's header replaced it
        RequestBodies.Built body = RequestBodies.build(config, ctx, headers.get("Content-Type"));
        RequestBody requestBody = body != null ? body.body()
                : method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? RequestBody.create(new byte[0]) : null;
        Request request = new Request.Builder().url(url).headers(headers.build()).method(method, requestBody).build();
        return new RequestSpec(request, body == null ? null : body.shown(), auth);
    }

    private static HttpUrl url(String url, Map<String, Object> settings) {
        // only a url with a scheme can parse: OkHttp refuses any other by throwing, which costs a stack trace per call
        HttpUrl parsed = SCHEME.matcher(url).lookingAt() ? HttpUrl.parse(url) : null;
        if (parsed != null) return parsed;
        Object base = settings.get("baseUrl");
        if (base == null) throw new IllegalArgumentException("relative url '" + url + "' needs http.baseUrl in the environment");
        String b = String.valueOf(base);
        parsed = BaseUrl.of(b).join(url);
        if (parsed == null) throw new IllegalArgumentException("bad url '" + b + url + "'");
        return parsed;
    }

    private static void apply(Headers.Builder headers, Object rendered) {
        if (!(rendered instanceof Map<?, ?> m)) return;
        m.forEach((k, v) -> {
            if (v == null) headers.removeAll(String.valueOf(k));
            else headers.set(String.valueOf(k), String.valueOf(v));
        });
    }

    /**
     * {@code request} of the result: method, url (with its query), headers and body of {@code sent}, the request
     * that got the final response (after redirects); the credentials of {@code auth} shown as {@code ****}.
     */
    Map<String, Object> shown(Request sent) {
        Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        // header by header, as sent: a name's first spelling is its key, and a repeated name holds its values in order
        Headers sentHeaders = sent.headers();
        for (int i = 0; i < sentHeaders.size(); i++) {
            String name = sentHeaders.name(i);
            String value = sentHeaders.value(i);
            boolean credentials = auth != null && name.equalsIgnoreCase("Authorization") && value.equals(auth.header());
            headers.merge(name, credentials ? auth.shown() : value, RequestSpec::repeated);
        }
        if (sent.body() != null && sent.body().contentType() != null && sent.header("Content-Type") == null) {
            headers.put("Content-Type", String.valueOf(sent.body().contentType()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", sent.method());
        out.put("url", sent.url().toString());
        out.put("headers", headers);
        out.put("body", sent.body() == null ? null : shownBody);
        return out;
    }

    /** The values of a header sent more than once: those before, then this one. */
    private static Object repeated(Object before, Object value) {
        List<Object> all = new ArrayList<>(before instanceof List<?> list ? list : List.of(before));
        all.add(value);
        return List.copyOf(all);
    }
}
