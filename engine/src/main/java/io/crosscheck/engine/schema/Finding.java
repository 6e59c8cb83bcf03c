package io.crosscheck.engine.schema;

import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * One validator message as paths: where in the document ({@code instance}), through which schemas
 * ({@code evaluation}), which keyword failed ({@code type}) and, for required/additionalProperties, which key.
 */
record Finding(List<String> instance, List<String> evaluation, String type, String property, String text, int scanFrom) {

    Finding(List<String> instance, List<String> evaluation, String type, String property, String text) {
        this(instance, evaluation, type, property, text, 0);
    }

    static Finding of(ValidationMessage m) {
        String text = m.getMessage();
        String location = m.getInstanceLocation().toString();
        if (text.startsWith(location + ": ")) text = text.substring(location.length() + 2);
        return new Finding(Paths.elements(m.getInstanceLocation()), Paths.elements(m.getEvaluationPath()), m.getType(),
                m.getProperty(), text);
    }

    /**
     * The index in {@code evaluation} of the outermost anyOf/oneOf (from {@code scanFrom} on) this finding is under
     * or reports; -1 if none.
     */
    int composite() {
        for (int i = scanFrom; i < evaluation.size(); i++) {
            String part = evaluation.get(i);
            if (part.equals("anyOf") || part.equals("oneOf")) return i;
        }
        return -1;
    }

    /** The branch index after the composite at {@code index}; -1 for the composite's own message. */
    int branch(int index) {
        if (index + 1 >= evaluation.size()) return -1;
        String part = evaluation.get(index + 1);
        return part.chars().allMatch(Character::isDigit) ? Integer.parseInt(part) : -1;
    }

    /** The same finding, with composites looked for only after {@code index}: its branch was chosen. */
    Finding inside(int index) {
        return new Finding(instance, evaluation, type, property, text, index);
    }
}
