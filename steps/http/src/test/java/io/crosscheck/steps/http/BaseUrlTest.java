package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
    private static final List<String> BASES = List.of(
            "http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://127.0.0.1:8080///", "http://H.Example.COM/api",
            "http://h/api/", "https://user:p%40ss@h:8443/api/v1/", "http://h/a%20b", "http://h/a b/", "http://h/a/./b/",
            "http://h/a/../", "http://h/api?key=1", "http://h/api#top", " http://h/api ", "http://h\\api", "http://[::1]:9/x",
            "http://h:99999", "not a url", "http://h/%2F/");
    private static final List<String> URLS = List.of(
            "/customers/1", "customers/1", "", "/", "/customers?name=a b&x=%41#frag", "?q=1", "#f", "//other/path",
            "/\\other", "\\x", "/a/../../b", "/./c", " /space", "/trailing ", "/ü/ñ", "/u@x:y", "/%zz", "..", "/x\ty");

    @Test
    void aCallUrlJoinedToTheParsedBaseIsTheUrlTheirTextJoinedWouldParseTo() {
        for (String base : BASES) {
            for (String url : URLS) {
                HttpUrl expected = HttpUrl.parse(base.replaceAll("/+$", "") + (url.startsWith("/") ? url : "/" + url));
                assertThat(BaseUrl.of(base).join(url)).as("%s joined with %s", base, url).isEqualTo(expected);
            }
        }
    }

    @Test
    void aBaseIsParsedOnceAndKeptByItsText() {
        assertThat(BaseUrl.of("http://h/kept")).isSameAs(BaseUrl.of("http://h/kept"));
        assertThat(BaseUrl.of("http://h/kept").text()).isEqualTo("http://h/kept");
    }
}
