package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.StepContext;
import java.util.Map;

/** What makes one call's OkHttp client differ from another's; calls with equal options share a client. */
record ClientOptions(boolean followRedirects) {

    /** The call's own {@code followRedirects}, else the environment's {@code http.followRedirects}, else true. */
    static ClientOptions of(CallConfig config, Map<String, Object> settings, StepContext ctx) {
        Object follow = config.followRedirects() != null ? ctx.render(config.followRedirects()) : settings.get("followRedirects");
        return new ClientOptions(follow == null || Boolean.parseBoolean(String.valueOf(follow).trim()));
    }
}
