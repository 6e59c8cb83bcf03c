package io.crosscheck.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How one service calls another over HTTP, like any other client, passing the trace on ({@link Traceparent}). */
final class TracedHttp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    HttpResponse<String> get(String url, String traceId) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("X-Trace-Id", traceId).timeout(Duration.ofSeconds(5)).GET();
        String traceparent = Traceparent.next(traceId);
        if (traceparent != null) builder.header(Traceparent.HEADER, traceparent);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
