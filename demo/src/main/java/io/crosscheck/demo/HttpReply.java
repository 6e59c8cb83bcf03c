package io.crosscheck.demo;

import java.util.Map;

/** What a route answers: a status, a body (serialized as JSON; null for none) and extra headers. */
record HttpReply(int status, Object body, Map<String, String> headers) {

    HttpReply {
        headers = Map.copyOf(headers);
    }

    static HttpReply ok(Object body) {
        return new HttpReply(200, body, Map.of());
    }

    static HttpReply created(Object body, String location) {
        return new HttpReply(201, body, Map.of("Location", location));
    }

    static HttpReply noContent() {
        return new HttpReply(204, null, Map.of());
    }

    static HttpReply error(int status, String message) {
        return new HttpReply(status, Map.of("error", message), Map.of());
    }
}
