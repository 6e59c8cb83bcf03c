package io.crosscheck.steps.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * An environment's {@code baseUrl}, parsed once. A relative call url is the base's text with its trailing slashes
 * cut, a {@code /} and the url: {@code http://h/api/} and {@code customers/1} make {@code http://h/api/customers/1}.
 * Parsing that whole text again for every call parsed the base's host and port every time, about a fifth of a call;
 * here the call's part, behind the base's path, is resolved against the parsed base instead, which gives the same
 * url. A base whose text could parse otherwise once joined (a query, a fragment, whitespace, a backslash) and a
 * call url that would read as a host ({@code //other}) are joined as text and parsed whole, as before.
 */
final class BaseUrl {
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern NOT_PLAIN = Pattern.compile("[\\s?#\\\\]");
    private static final int MAX_CACHED = 256;
    private static final Map<String, BaseUrl> PARSED = new ConcurrentHashMap<>();

    private final String text;
    /** The parsed base when calls may be resolved against it, else null. */
    private final HttpUrl parsed;
    /** Its path without trailing slashes, {@code ""} for the root. */
    private final String path;

    private BaseUrl(String text) {
        this.text = TRAILING_SLASHES.matcher(text).replaceFirst("");
        HttpUrl url = NOT_PLAIN.matcher(this.text).find() ? null : HttpUrl.parse(this.text);
        this.parsed = url == null || url.encodedQuery() != null || url.encodedFragment() != null ? null : url;
        this.path = parsed == null ? "" : TRAILING_SLASHES.matcher(parsed.encodedPath()).replaceFirst("");
    }

    /** The base of this text; bases are few in a run, so each is parsed once (a bounded cache). */
    static BaseUrl of(String text) {
        BaseUrl known = PARSED.get(text);
        if (known != null) return known;
        if (PARSED.size() >= MAX_CACHED) PARSED.clear();
        BaseUrl made = new BaseUrl(text);
        PARSED.put(text, made);
        return made;
    }

    /** The call's url joined to this base; null when the result is no valid url. */
    HttpUrl join(String url) {
        String relative = url.startsWith("/") ? url : "/" + url;
        String input = path + relative;
        boolean readsAsHost = input.length() > 1 && (input.charAt(1) == '/' || input.charAt(1) == '\\');
        if (parsed != null && !readsAsHost) {
            HttpUrl resolved = parsed.resolve(input);
            if (resolved != null) return resolved;
        }
        return HttpUrl.parse(text + relative);
    }

    String text() {
        return text;
    }
}
