package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Durations;
import io.crosscheck.engine.spi.Problems;
import io.crosscheck.engine.spi.StepContext;
import io.crosscheck.engine.spi.StepHandler;
import io.crosscheck.engine.spi.StepResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code call}: one HTTP request with OkHttp; the result is status, headers, body (JSON parsed, at most
 * maxBodySize of it), truncated (and the full length when the body was cut) and timeMs.
 */
public final class CallHandler implements StepHandler<CallConfig> {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Override
    public String verb() {
        return "call";
    }

    @Override
    public CallConfig parse(ConfigNode node, Problems problems) {
        CallConfig config = node.bind(CallConfig.class, problems);
        if (config == null) return null;
        if (config.method() != null && !config.method().contains("${")
                && !METHODS.contains(config.method().toUpperCase(Locale.ROOT))) {
            problems.add(node.get("method").orElse(node), "unknown HTTP method '" + config.method() + "'",
                    "one of: " + String.join(", ", METHODS));
        }
        int bodies = (config.json() != null ? 1 : 0) + (config.body() != null ? 1 : 0) + (node.get("form").isPresent() ? 1 : 0);
        if (bodies > 1) problems.add(node, "a call has at most one of json, body, form");
        if (config.maxBodySize() != null && !config.maxBodySize().contains("${")) {
            String problem = BodyLimit.problem(config.maxBodySize());
            if (problem != null) problems.add(node.get(BodyLimit.KEY).orElse(node), BodyLimit.KEY + ": " + problem);
        }
        return config;
    }

    @Override
    public StepResult execute(CallConfig config, StepContext ctx) throws Exception {
        Map<String, Object> settings = ctx.settings("http");
        RequestSpec spec = RequestSpec.from(config, ctx);
        long limit = BodyLimit.of(config, settings, ctx);
        Request request = spec.toRequest();
        Duration timeout = ctx.timeout();
        Call call = ctx.shared(HttpClients.KEY, HttpClients::new).client(ClientOptions.of(config, settings, ctx)).newCall(request);
        // the step's limit for the whole exchange: connecting, a retry on a new connection, sending, reading the body
        call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            long timeMs = (System.nanoTime() - start) / 1_000_000;
            ResponseValues.Body body = ResponseValues.body(response.body(), limit, ctx);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("status", response.code());
            value.put("headers", ResponseValues.headers(response.headers()));
            value.put("body", body.value());
            value.put("truncated", body.truncated());
            if (body.truncated() && body.length() >= 0) value.put("length", body.length());
            value.put("timeMs", timeMs);
            return new StepResult(value, spec.describe());
        } catch (InterruptedIOException e) {
            throw new IOException("timed out after " + Durations.format(timeout) + " (" + request.method() + " " + request.url() + ")", e);
        }
    }

    @Override
    public String describe(CallConfig config) {
        return (config.method() == null ? "GET" : config.method().toUpperCase(Locale.ROOT)) + " " + config.url();
    }

}
