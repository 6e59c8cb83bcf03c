package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A request as a route sees it: the path's {@code {name}} parameters, the query parameters, the headers
 * (names in lower case), the JSON body (a missing node when there is none) and the request's trace id.
 */
record HttpRequestData(Map<String, String> path, Map<String, String> query, Map<String, String> headers, JsonNode body,
                       String traceId) {

    String path(String name) {
        return path.get(name);
    }

    String query(String name) {
        return query.get(name);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
