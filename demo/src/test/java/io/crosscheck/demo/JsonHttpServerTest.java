package io.crosscheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services' HTTP layer on a real socket; the log records go to an in-memory producer. */
class JsonHttpServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final MockProducer<String, String> logs = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    private JsonHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new JsonHttpServer("test", new ServiceLog(logs, "test"))
                .route("GET", "/things/{id}", r -> HttpReply.ok(Map.of("id", r.path("id"), "q", r.query().getOrDefault("q", ""))))
                .route("POST", "/things", r -> HttpReply.created(Map.of("name", CustomerProfileService.required(r.body(), "name")), "/things/1"))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String traceId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (traceId != null) b.header("X-Trace-Id", traceId);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathAndQueryParametersAreDecoded() throws Exception {
        HttpResponse<String> r = send("GET", "/things/a%20b?q=x%26y", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JsonHttpServer.JSON.readTree(r.body()).get("id").asText()).isEqualTo("a b");
        assertThat(JsonHttpServer.JSON.readTree(r.body()).get("q").asText()).isEqualTo("x&y");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void unknownPathsWrongMethodsAndBadBodiesAreClientErrors() throws Exception {
        assertThat(send("GET", "/nothing", null, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/things/1", null, null).statusCode()).isEqualTo(405);
        HttpResponse<String> bad = send("POST", "/things", "{not json", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("the body is not JSON");
        HttpResponse<String> missing = send("POST", "/things", "{}", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("missing field 'name'");
        assertThat(send("POST", "/things", "{\"name\": \"n\"}", null).headers().firstValue("Location")).hasValue("/things/1");
    }

    @Test
    void theTraceIdIsEchoedAndEveryRequestIsLoggedWithIt() throws Exception {
        HttpResponse<String> r = send("GET", "/things/7", null, "trace-123");
        assertThat(r.headers().firstValue("X-Trace-Id")).hasValue("trace-123");
        assertThat(logs.history()).anySatisfy(record -> {
            assertThat(record.topic()).isEqualTo(Topics.SERVICE_LOGS);
            assertThat(record.key()).isEqualTo("trace-123");
            assertThat(record.value()).contains("\"service\":\"test\"", "\"level\":\"INFO\"", "GET /things/7 -> 200");
        });
        assertThat(send("GET", "/things/8", null, null).headers().firstValue("X-Trace-Id")).isPresent();
    }
}
