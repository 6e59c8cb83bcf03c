package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpFunctionsTest {
    private static final String XML = """
            <?xml version="1.0"?>
            <order id="7"><item sku="a">apple</item><item sku="b">pear</item><note>fresh &amp; ripe</note></order>""";

    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));

    private Object eval(String expression, Map<String, Object> vars) {
        return engine.evaluate(expression, Scope.root(vars));
    }

    private Object eval(String expression) {
        return eval(expression, Map.of("xml", XML));
    }

    private static String jwt(String payload) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void base64RoundTripsUtf8Text() {
        assertThat(eval("base64('qa:s3cret')")).isEqualTo("cWE6czNjcmV0");
        assertThat(eval("base64Decode('cWE6czNjcmV0')")).isEqualTo("qa:s3cret");
        assertThat(eval("base64Decode(base64('Zürich ✓'))")).isEqualTo("Zürich ✓");
        assertThat(eval("base64Decode('Pz8-')")).isEqualTo("??>");   // the URL-safe alphabet is read too
    }

    @Test
    void base64DecodeOfTextThatIsNotBase64IsAnError() {
        assertThatThrownBy(() -> eval("base64Decode('not base64!')")).hasMessageContaining("base64Decode: not Base64");
    }

    @Test
    void urlEncodeEncodesForAPathOrQueryValue() {
        assertThat(eval("urlEncode('a b&c=d/é~')")).isEqualTo("a%20b%26c%3Dd%2F%C3%A9~");
    }

    @Test
    void jwtClaimsReadsThePayloadWithoutCheckingTheSignature() {
        Object claims = eval("jwtClaims(token)", Map.of("token", jwt("{\"sub\":\"qa\",\"roles\":[\"admin\"],\"exp\":1900000000}")));
        assertThat(claims).isEqualTo(Map.of("sub", "qa", "roles", List.of("admin"), "exp", 1900000000));
        assertThat(eval("jwtClaims(token).roles[0]", Map.of("token", jwt("{\"roles\":[\"admin\"]}")))).isEqualTo("admin");
        assertThatThrownBy(() -> eval("jwtClaims('abc')")).hasMessageContaining("jwtClaims: not a JWT");
    }

    @Test
    void xpathGivesTextsNumbersAndNullWhenNothingMatches() {
        assertThat(eval("xpath(xml, '/order/@id')")).isEqualTo("7");
        assertThat(eval("xpath(xml, '//item[@sku=\"b\"]/text()')")).isEqualTo("pear");
        assertThat(eval("xpath(xml, '//item')")).isEqualTo(List.of("apple", "pear"));
        assertThat(eval("xpath(xml, '/order/note')")).isEqualTo("fresh & ripe");
        assertThat(eval("xpath(xml, 'count(//item)')")).isEqualTo(2L);
        assertThat(eval("xpath(xml, '//missing')")).isNull();
    }

    @Test
    void xpathRefusesDoctypesSoNoEntityOrExternalFileIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertThatThrownBy(() -> eval("xpath(doc, '/r')", Map.of("doc", xxe)))
                .hasMessageContaining("xpath: not well-formed XML").hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> eval("xpath(xml, '//[')")).hasMessageContaining("xpath('//['");
    }
}
