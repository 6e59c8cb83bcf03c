package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.util.Map;
import java.util.Objects;

/**
 * What makes one call's OkHttp client differ from another's; calls with equal options share a client.
 * {@code proxy}: the environment's {@code http.proxy} ({@code http://[user:password@]host:port}), or null.
 */
record ClientOptions(boolean followRedirects, TlsOptions tls, String proxy) {

    // Written out, as TlsOptions' are: every call looks its client up by these, and a record's own equals and hashCode
    // are linked through invokedynamic at their first use, which cost the first call of a run about 20 ms.
    @Override
    public boolean equals(Object o) {
        return o instanceof ClientOptions other && followRedirects == other.followRedirects
                && Objects.equals(tls, other.tls) && Objects.equals(proxy, other.proxy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(followRedirects, tls, proxy);
    }

    /** The call's own {@code followRedirects} and {@code tls}, else the environment's {@code http:} ones; redirects are followed by default. */
    static ClientOptions of(CallConfig config, Map<String, Object> settings, StepContext ctx) {
        Object follow = config.followRedirects() != null ? ctx.render(config.followRedirects()) : settings.get("followRedirects");
        TlsOptions tls = config.tls() != null
                ? TlsOptions.of(ctx.render(config.tls().values()), p -> CallFiles.ofScenario(ctx, p), "tls")
                : TlsOptions.of(settings.get("tls"), p -> CallFiles.ofProject(ctx, p), "http.tls");
        Object proxy = settings.get("proxy");
        return new ClientOptions(follow == null || Boolean.parseBoolean(String.valueOf(follow).trim()), tls,
                proxy == null ? null : String.valueOf(proxy));
    }
}
