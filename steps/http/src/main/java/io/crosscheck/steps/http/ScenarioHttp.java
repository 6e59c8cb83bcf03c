package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * What the calls of one scenario run (one example row) share: its cookie jar, and the run's clients with that jar
 * (same pool and threads), made once per option set so that a call costs no client building.
 */
final class ScenarioHttp {
    private static final String KEY = "http";

    private final CookieStore cookies = new CookieStore();
    private final Map<ClientOptions, OkHttpClient> clients = new ConcurrentHashMap<>();

    static ScenarioHttp of(StepContext ctx) {
        return (ScenarioHttp) ctx.scenarioState().computeIfAbsent(KEY, k -> new ScenarioHttp());
    }

    CookieStore cookies() {
        return cookies;
    }

    OkHttpClient client(StepContext ctx, ClientOptions options) throws Exception {
        OkHttpClient client = clients.get(options);
        if (client != null) return client;
        OkHttpClient built = ctx.shared(HttpClients.KEY, HttpClients::new).client(options).newBuilder().cookieJar(cookies).build();
        clients.put(options, built);
        return built;
    }
}
