package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How Moving asks Customer Profile about a customer, over HTTP like any other client, passing the trace id on. */
final class ProfileClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String profileUrl;

    ProfileClient(String profileUrl) {
        this.profileUrl = profileUrl;
    }

    /** Null when the customer exists and is active; else why the customer cannot move. */
    String whyNotMovable(long customerId, String traceId) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(profileUrl + "/customers/" + customerId))
                .header("X-Trace-Id", traceId).timeout(Duration.ofSeconds(5)).GET();
        String traceparent = Traceparent.next(traceId);
        if (traceparent != null) builder.header(Traceparent.HEADER, traceparent);
        HttpRequest request = builder.build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) return "customer " + customerId + " is unknown";
        if (response.statusCode() != 200) {
            throw new IOException("customer profile answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode customer = JsonHttpServer.JSON.readTree(response.body());
        return customer.path("is_active").asBoolean() ? null : "customer " + customerId + " is not active";
    }
}
