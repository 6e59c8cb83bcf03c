package io.crosscheck.engine.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The values of YAML plain scalars (unquoted text), as the scenario files are read. */
public final class PlainScalars {
    private PlainScalars() {
    }

    private static final Resolver RESOLVER = new Resolver();

    /**
     * The value of {@code text} written as a YAML plain scalar: a number, a boolean, null (also for the empty text) or
     * the text itself; so that other sources of values (an examples CSV) read as the same YAML would.
     */
    public static Object of(String text) {
        return typed(text, RESOLVER.resolve(NodeId.scalar, text, true));
    }

    static Object typed(String text, Tag tag) {
        if (Tag.NULL.equals(tag)) return null;
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on"));
        }
        if (Tag.INT.equals(tag)) return integer(text);
        if (Tag.FLOAT.equals(tag)) return decimal(text);
        return text;
    }

    private static Object integer(String text) {
        String t = text.replace("_", "");
        try {
            BigInteger big = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
            return big.bitLength() < 63 ? (Object) big.longValue() : big;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object decimal(String text) {
        String t = text.replace("_", "");
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e2) {
                return text;
            }
        }
    }

}
