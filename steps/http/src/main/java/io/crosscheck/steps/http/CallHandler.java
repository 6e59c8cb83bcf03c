package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code call}: one HTTP request with OkHttp; the result is status, headers, body (JSON parsed, at most
 * maxBodySize of it), text, cookies (the scenario run's jar), request (as sent), truncated and timeMs.
 */
public final class CallHandler implements StepHandler<CallConfig> {
    /** The environment section of the settings every call shares. */
    static final String SETTINGS = "http";
    @Override
    public EnvironmentSection section() {
        return EnvironmentSection.ofSettings(SETTINGS, HttpSettings.class);
    }

    @Override
    public String verb() {
        return "call";
    }

    @Override
    public Parsed<CallConfig> parse(ConfigNode node, Problems problems) {
        CallConfig config = read(node, problems);
        return config == null ? null : Parsed.of(config).withDescription(describe(config));
    }

    private CallConfig read(ConfigNode node, Problems problems) {
        int before = problems.size();
        CallConfig config = node.bind(CallConfig.class, problems);
        // files, durations and sizes are checked where they are written, whether or not the rest bound
        CallChecks.check(node, problems);
        return problems.size() > before ? null : config;
    }

    /**
     * Builds and drops a client: OkHttp loads the JVM's trusted certificates and TLS context when a client is built,
     * a sixth of a one-call run's time; the JVM keeps them, and the run's real client is then built in a millisecond.
     */
    @Override
    public void warmUp() {
        HttpClients.warmUp();
    }

    @Override
    public StepResult execute(CallConfig config, StepContext ctx) throws Exception {
        Map<String, Object> settings = ctx.settings(SETTINGS);
        RequestSpec spec = RequestSpec.from(config, ctx, settings);
        long limit = BodyLimit.of(config, settings, ctx);
        Request request = spec.request();
        Duration timeout = timeout(config, settings, ctx);
        ScenarioHttp http = ScenarioHttp.of(ctx);
        ClientOptions options = ClientOptions.of(config, settings, ctx);
        Call call = http.client(ctx, options).newCall(request);
        // one limit for the whole exchange: connecting, a retry on a new connection, redirects, sending, reading the body
        call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            long timeMs = (System.nanoTime() - start) / 1_000_000;
            ResponseValues.Body body = ResponseValues.body(response.body(), limit, ctx);
            Map<String, Object> sent = spec.shown(response.request());
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("status", response.code());
            value.put("headers", ResponseValues.headers(response.headers()));
            value.put("body", body.value());
            value.put("text", body.text());
            value.put("cookies", http.cookies().values());
            value.put("request", sent);
            value.put("protocol", response.protocol().toString());
            value.put("truncated", body.truncated());
            if (body.truncated() && body.length() >= 0) value.put("length", body.length());
            value.put("timeMs", timeMs);
            return new StepResult(value, sent);
        } catch (InterruptedIOException e) {
            throw new IOException("timed out after " + Durations.format(timeout) + " (" + request.method() + " " + request.url() + ")", e);
        } catch (IOException e) {
            // with TLS 1.3 a server that wants a client certificate checks it after the handshake and just hangs up
            if (request.isHttps() && options.tls().cert() == null && closedByServer(e)) {
                throw new IOException("the server closed the TLS connection before it answered; a server that requires a "
                        + "client certificate does so when none is sent (tls: { cert, key })", e);
            }
            throw e;
        }
    }

    /** The end of stream, broken pipe, reset or certificate alert of a server that hung up during or just after the handshake. */
    private static boolean closedByServer(IOException e) {
        String message = String.valueOf(e.getMessage());
        return e.getCause() instanceof EOFException
                || e instanceof SocketException && (message.contains("Broken pipe") || message.contains("Connection reset"))
                || e instanceof SSLException && (message.contains("certificate_required") || message.contains("bad_certificate"));
    }

    /** The step's limit, or the call's own {@code timeout} (else the environment's) when that is shorter. */
    private static Duration timeout(CallConfig config, Map<String, Object> settings, StepContext ctx) {
        Object own = config.timeout() != null ? ctx.renderText(config.timeout()) : settings.get("timeout");
        if (own == null) return ctx.timeout();
        String where = config.timeout() != null ? "timeout" : "http.timeout";
        Duration d = Durations.parse(String.valueOf(own))
                .orElseThrow(() -> new IllegalArgumentException(where + ": '" + own + "' is not a duration (e.g. 5s, 250ms)"));
        return d.compareTo(ctx.timeout()) < 0 ? d : ctx.timeout();
    }

    private String describe(CallConfig config) {
        return (config.method() == null ? "GET" : config.method().toUpperCase(Locale.ROOT)) + " " + config.url();
    }
}
