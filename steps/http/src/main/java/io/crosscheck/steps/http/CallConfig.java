package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Required;
import java.util.Map;

/**
 * {@code call:} (spec §2.1). Values may hold {@code ${}} templates, rendered when the step runs; at most one of
 * {@code json}, {@code body} (text, or {@code {file: ...}}), {@code form}, {@code multipart}. {@code auth},
 * {@code tls}, {@code followRedirects}, {@code timeout} and {@code maxBodySize} override the environment's
 * {@code http:} defaults for this call.
 */
public record CallConfig(
        String method,
        @Required String url,
        Map<String, Object> headers,
        Map<String, Object> query,
        Object json,
        Object body,
        Map<String, Object> form,
        Map<String, Object> multipart,
        Map<String, Object> auth,
        Map<String, Object> tls,
        String followRedirects,
        String timeout,
        String maxBodySize) {
}
