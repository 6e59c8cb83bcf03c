package io.crosscheck.engine.expr;

import io.crosscheck.engine.json.JsonCodec;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathEvaluationResult;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathNodes;
import org.apache.commons.jexl3.JexlContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Functions for HTTP work: {@code base64}, {@code base64Decode}, {@code urlEncode}, {@code jwtClaims}, {@code xpath}.
 * Public only because JEXL calls it.
 */
public abstract class HttpFunctions extends DataFunctions {

    HttpFunctions(JexlContext context) {
        super(context);
    }

    /** The Base64 of the text's UTF-8 bytes: {@code base64('qa:pw')} is {@code cWE6cHc=}. */
    public String base64(Object text) {
        return Base64.getEncoder().encodeToString(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text whose UTF-8 bytes the Base64 (standard or URL-safe, padded or not) stands for. */
    public String base64Decode(Object text) {
        return new String(decode(String.valueOf(text), "base64Decode"), StandardCharsets.UTF_8);
    }

    /** The text percent-encoded for a URL path segment or query value (a space is {@code %20}, {@code ~} stays). */
    public String urlEncode(Object text) {
        return URLEncoder.encode(String.valueOf(text), StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The claims (payload) of a JWT as a map; the signature is not checked. */
    public Object jwtClaims(Object token) {
        String[] parts = String.valueOf(token).trim().split("\\.");
        if (parts.length < 2) throw new ExpressionException("jwtClaims: not a JWT (expected header.payload.signature)");
        Object claims = JsonCodec.shared().parse(new String(decode(parts[1], "jwtClaims"), StandardCharsets.UTF_8));
        if (!(claims instanceof Map<?, ?>)) throw new ExpressionException("jwtClaims: the payload of the token is not a JSON object");
        return claims;
    }

    /**
     * XPath 1.0 over XML text: a node's text; a list of texts when several match; null when none does; a number,
     * text or boolean for such expressions ({@code count(//item)}). DTDs are refused, so no entity is ever expanded
     * and no external file is read.
     */
    public Object xpath(Object xml, String expression) {
        Document doc = parse(String.valueOf(xml));
        XPathEvaluationResult<?> result;
        try {
            result = XPathFactory.newInstance().newXPath().evaluateExpression(expression, doc);
        } catch (Exception e) {
            throw new ExpressionException("xpath('" + expression + "'): " + e.getMessage());
        }
        return switch (result.type()) {
            case NODESET -> texts((XPathNodes) result.value());
            case NODE -> ((Node) result.value()).getTextContent();
            case NUMBER -> {
                double d = ((Number) result.value()).doubleValue();
                yield d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
            }
            default -> result.value();
        };
    }

    private static Object texts(XPathNodes nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) out.add(n.getTextContent());
        return out.isEmpty() ? null : out.size() == 1 ? out.get(0) : out;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new ExpressionException("xpath: not well-formed XML: " + e.getMessage());
        }
    }

    private static byte[] decode(String text, String function) {
        String t = text.trim();
        try {
            return t.indexOf('-') >= 0 || t.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(t) : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new ExpressionException(function + ": not Base64: " + e.getMessage());
        }
    }
}
