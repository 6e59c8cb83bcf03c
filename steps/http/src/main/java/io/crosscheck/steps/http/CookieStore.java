package io.crosscheck.steps.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * One scenario run's cookies, kept as a browser keeps them: OkHttp parses each Set-Cookie (also those of redirects
 * it follows) and matches domain, path, secure and expiry; a cookie replaces one of the same name, domain and path,
 * and an expired one deletes it.
 */
final class CookieStore implements CookieJar {
    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        long now = System.currentTimeMillis();
        for (Cookie c : received) {
            cookies.removeIf(o -> o.name().equals(c.name()) && o.domain().equals(c.domain()) && o.path().equals(c.path()));
            if (c.expiresAt() > now) cookies.add(c);
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        cookies.removeIf(c -> c.expiresAt() <= now);
        return cookies.stream().filter(c -> c.matches(url)).toList();
    }

    /** {@code cookies} of a call's result: name → value of every cookie in the jar. */
    synchronized Map<String, Object> values() {
        long now = System.currentTimeMillis();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Cookie c : cookies) {
            if (c.expiresAt() > now) out.put(c.name(), c.value());
        }
        return out;
    }
}
