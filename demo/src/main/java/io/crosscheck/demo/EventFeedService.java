package io.crosscheck.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A GitHub-events-like activity feed of the utility's repositories: {@code GET /events[?type=PushEvent]} returns
 * {@code [{id, type, actor: {login}, repo: {name}, created_at}, ...]}, the same fixed list on every start.
 */
final class EventFeedService implements AutoCloseable {
    private final List<Map<String, Object>> events;
    private final JsonHttpServer http;

    EventFeedService(ServiceLog log) throws IOException {
        try (InputStream in = EventFeedService.class.getResourceAsStream("events.json")) {
            if (in == null) throw new IllegalStateException("missing events.json");
            this.events = List.copyOf(JsonHttpServer.JSON.readValue(in, new TypeReference<List<Map<String, Object>>>() { }));
        }
        this.http = new JsonHttpServer("feed", log).route("GET", "/events", this::events).start();
    }

    String url() {
        return http.url();
    }

    private HttpReply events(HttpRequestData request) {
        String type = request.query("type");
        return HttpReply.ok(type == null ? events : events.stream().filter(e -> type.equals(e.get("type"))).toList());
    }

    @Override
    public void close() {
        http.close();
    }
}
