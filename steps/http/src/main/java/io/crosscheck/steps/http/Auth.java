package io.crosscheck.steps.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Credentials;

/**
 * {@code auth: { basic: { user, password } }} or {@code auth: { bearer: TOKEN }} as an Authorization header.
 * {@link #shown} is what reports and {@code request.headers} show of it: the scheme, never the credentials.
 */
record Auth(String header, String shown) {

    /** The rendered {@code auth} map's header; null when there is none. */
    static Auth of(Object rendered, String where) {
        if (rendered == null) return null;
        if (!(rendered instanceof Map<?, ?> auth) || auth.size() != 1) {
            throw new IllegalArgumentException(where + " takes one of basic, bearer");
        }
        if (auth.containsKey("basic")) {
            if (!(auth.get("basic") instanceof Map<?, ?> basic) || basic.get("user") == null) {
                throw new IllegalArgumentException(where + ".basic takes { user, password }");
            }
            Object password = basic.get("password");
            String header = Credentials.basic(String.valueOf(basic.get("user")), password == null ? "" : String.valueOf(password),
                    StandardCharsets.UTF_8);
            return new Auth(header, "Basic ****");
        }
        if (auth.containsKey("bearer")) {
            Object token = auth.get("bearer");
            if (token == null) throw new IllegalArgumentException(where + ".bearer is null");
            return new Auth("Bearer " + token, "Bearer ****");
        }
        throw new IllegalArgumentException(where + " takes one of basic, bearer, not " + auth.keySet());
    }
}
