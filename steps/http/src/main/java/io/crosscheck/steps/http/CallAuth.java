package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Required;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call's {@code auth}: one scheme, {@code basic} or {@code bearer}; {@link Auth} makes the header of it. */
@Doc(value = "An Authorization header: { basic: { user, password } } or { bearer: TOKEN }; reports show the scheme, never "
        + "the credentials.", examples = "{\"bearer\": \"${token}\"}")
@Exclusive(value = {"basic", "bearer"}, says = "auth takes one of basic, bearer", atMap = true, required = true)
record CallAuth(
        @Doc(value = "HTTP Basic authentication.", examples = "{\"user\": \"qa\", \"password\": \"${secret('API_PASSWORD')}\"}")
        Basic basic,
        @Doc(value = "A bearer token: Authorization: Bearer TOKEN.", shape = "text", examples = "${token}") String bearer) {

    @Doc("HTTP Basic authentication.")
    record Basic(
            @Required @Doc(value = "The user name.", shape = "text") String user,
            @Doc(value = "The password; write it as ${secret('NAME')} to keep it out of files and reports.", shape = "text")
            String password) {
    }

    /** The map {@link Auth#of} reads, as the environment's {@code http.auth} is written. */
    Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (basic != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("user", basic.user());
            b.put("password", basic.password());
            out.put("basic", b);
        }
        if (bearer != null) out.put("bearer", bearer);
        return out;
    }
}
