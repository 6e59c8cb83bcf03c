package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Choices;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Forms;
import io.crosscheck.engine.spi.step.Required;
import java.util.Map;

/**
 * {@code call:} (spec §2.1), as the engine binds it and as its schema describes it. Values may hold {@code ${}}
 * templates, rendered when the step runs. {@code auth}, {@code tls}, {@code followRedirects}, {@code timeout} and
 * {@code maxBodySize} override the environment's {@code http:} defaults for this call.
 */
@Doc(value = "An HTTP request (OkHttp). Result: status (int), headers (case-insensitive map), body (parsed JSON when the "
        + "response is JSON, else text; at most maxBodySize of it), text (the body as text, always), cookies (name → value, "
        + "the scenario run's cookie jar after this call), request ({method, url, headers, body} as sent), protocol "
        + "(http/1.1, h2), truncated (true when the body was cut at maxBodySize; length is then its full length when the "
        + "server sent it), timeMs.",
        examples = "{\"method\": \"POST\", \"url\": \"/customers\", \"json\": {\"id\": \"${customerId}\"}}")
@Exclusive(value = {"json", "body", "form", "multipart"}, says = "a call has at most one of json, body, form, multipart",
        atMap = true)
public record CallConfig(
        @Choices({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        @Doc(value = "The HTTP method; default GET.", examples = "POST")
        String method,
        @Required
        @Doc(value = "Absolute, or relative to the environment's http.baseUrl.",
                examples = {"/customers/${customerId}", "${vars.profileUrl}/customers"})
        String url,
        @Doc(value = "Request headers, added to the environment's http.headers; a null value leaves the header out (also "
                + "the environment's).", examples = "{\"Accept\": \"application/json\"}")
        Map<String, Object> headers,
        @Doc(value = "Query parameters, appended to the url; a null value leaves the parameter out, a list repeats it.",
                examples = "{\"active\": true}")
        Map<String, Object> query,
        @Doc(value = "A JSON body (map, list or value), sent as application/json.",
                examples = "{\"id\": \"${customerId}\", \"email\": \"${email}\", \"is_active\": true}")
        Object json,
        @Forms({String.class, CallFile.class})
        @Doc(value = "A raw text body (text/plain unless a Content-Type header says otherwise), or { file: PATH } to send "
                + "a file (relative to the scenario file).", examples = {"hello", "{\"file\": \"data/order.json\"}"})
        Object body,
        @Doc(value = "A form body (application/x-www-form-urlencoded); a null value leaves the field out.",
                examples = "{\"user\": \"ann\", \"password\": \"${secret('PASSWORD')}\"}")
        Map<String, Object> form,
        @Forms({String.class, Void.class, CallPart.class})
        @Doc(value = "A multipart/form-data body: text fields (a null value leaves the field out) and file parts "
                + "{ file, contentType, filename }.", examples = "{\"note\": \"first upload\", \"upload\": "
                + "{\"file\": \"data/meter.png\", \"contentType\": \"image/png\", \"filename\": \"meter.png\"}}")
        Map<String, Object> multipart,
        @Doc("This call's Authorization: { basic: { user, password } } or { bearer: TOKEN }; replaces the environment's "
                + "http.auth.")
        CallAuth auth,
        @Doc("This call's TLS settings (replacing the environment's http.tls); paths relative to the scenario file.")
        CallTls tls,
        @Doc(value = "Follow redirects (the result is then the last response); default: the environment's "
                + "http.followRedirects, else true.", shape = "booleanOrTemplate", examples = "false")
        Object followRedirects,
        @Doc(value = "This call's own limit for the whole exchange (redirects and body included); default: the "
                + "environment's http.timeout; the step's timeout still applies.", shape = "durationOrTemplate",
                examples = "5s")
        String timeout,
        @Doc(value = "How much of a response body is kept in memory and in reports (1 B to 1 GB; 1 KB = 1024 B); the rest "
                + "is not read and the result says truncated: true. Default: the environment's http.maxBodySize, else 16MB.",
                shape = "sizeOrTemplate", examples = "16MB")
        String maxBodySize) {
}
