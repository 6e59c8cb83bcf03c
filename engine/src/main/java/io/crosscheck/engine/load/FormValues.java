package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Forms;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Values of {@link Forms} and {@link Choices} components, and how messages and the schema name what they take. */
public final class FormValues {
    private FormValues() {
    }

    /** {@code text or a map with keys file}: the forms as a message names them. */
    public static String title(Forms forms) {
        List<String> names = new ArrayList<>();
        for (Class<?> form : forms.value()) {
            if (form == String.class) names.add("text");
            else if (form == Void.class) names.add("nothing");
            else if (form.isRecord()) names.add("a map with keys " + String.join(", ", keys(form)));
            else throw new IllegalStateException("@Forms takes String, Void and a record, not " + form.getName());
        }
        return String.join(" or ", names);
    }

    /** {@code one of GET, POST or a ${...} template}. */
    public static String title(Choices choices) {
        return "one of " + String.join(", ", choices.value()) + " or a ${...} template";
    }

    /** The value in the first form it fits: text, null or the bound record; null after a problem. */
    @SuppressWarnings("unchecked")
    static Object form(ConfigNode node, Forms forms, Problems problems) {
        for (Class<?> form : forms.value()) {
            if (form == Void.class && node.kind() == ConfigNode.Kind.NULL) return null;
            if (form == String.class && node.isScalar()) return node.text();
            if (form.isRecord() && node.isMap()) return RecordBinder.bind(node, (Class<? extends Record>) form, problems);
        }
        problems.add(node, ValueWords.expected(title(forms), node));
        return null;
    }

    /** A text that is one of the choices (as written) or holds a template; null after a problem. */
    static String value(ConfigNode node, Choices choices, Problems problems) {
        if (!node.isScalar()) {
            problems.add(node, ValueWords.expected(title(choices), node));
            return null;
        }
        String text = node.text();
        if (text.contains("${")) return text;
        for (String v : choices.value()) if (v.equalsIgnoreCase(text)) return text;
        problems.add(node, "unknown value '" + text + "'", "one of: " + String.join(", ", choices.value()));
        return null;
    }

    /** The choices as the schema's enum lists them: as written and in lower case. */
    public static List<String> spellings(Choices choices) {
        List<String> out = new ArrayList<>(List.of(choices.value()));
        for (String v : choices.value()) if (!out.contains(v.toLowerCase(Locale.ROOT))) out.add(v.toLowerCase(Locale.ROOT));
        return out;
    }

    private static List<String> keys(Class<?> record) {
        @SuppressWarnings("unchecked") Class<? extends Record> type = (Class<? extends Record>) record;
        return RecordShape.of(type).keys();
    }
}
