package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.Required;
import java.util.Map;

/**
 * {@code call:} (spec §2.1). Values may hold {@code ${}} templates, rendered when the step runs; at most one of
 * {@code json}, {@code body}, {@code form}. {@code followRedirects} and {@code maxBodySize} override the
 * environment's {@code http:} defaults for this call.
 */
public record CallConfig(
        String method,
        @Required String url,
        Map<String, Object> headers,
        Map<String, Object> query,
        Object json,
        String body,
        Map<String, Object> form,
        String followRedirects,
        String maxBodySize) {
}
