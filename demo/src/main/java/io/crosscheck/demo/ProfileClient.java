package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;

/** How Moving asks Customer Profile about a customer, passing the trace on. */
final class ProfileClient {
    private final TracedHttp http = new TracedHttp();
    private final String profileUrl;

    ProfileClient(String profileUrl) {
        this.profileUrl = profileUrl;
    }

    /** Null when the customer exists and is active; else why the customer cannot move. */
    String whyNotMovable(long customerId, String traceId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.get(profileUrl + "/customers/" + customerId, traceId);
        if (response.statusCode() == 404) return "customer " + customerId + " is unknown";
        if (response.statusCode() != 200) {
            throw new IOException("customer profile answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode customer = JsonHttpServer.JSON.readTree(response.body());
        return customer.path("is_active").asBoolean() ? null : "customer " + customerId + " is not active";
    }
}
