package io.crosscheck.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The method part of Maven Surefire's {@code -Dtest} ({@code ScenariosTest#*billed*+The service*}, globs or
 * {@code %regex[...]}), which Surefire hands to the test JVM as the system property {@code test}. Surefire itself
 * filters only Java methods, so the engine applies it to its scenario runs: a run is kept when a pattern matches, as a
 * whole, the scenario's name or its full name ({@code file › scenario [row]}). An entry without {@code #} selects whole
 * classes, so then nothing is filtered; so it is when the property is absent. The class part is left to Surefire,
 * which already chose the suite class.
 */
final class SurefireTests {
    static final String PROPERTY = "test";
    private static final SurefireTests ALL = new SurefireTests(List.of());

    private final List<Pattern> methods;

    private SurefireTests(List<Pattern> methods) {
        this.methods = methods;
    }

    static SurefireTests parse(String test) {
        if (test == null || test.isBlank()) return ALL;
        List<Pattern> methods = new ArrayList<>();
        for (String entry : test.split(",")) {
            entry = entry.trim();
            if (entry.isEmpty() || entry.startsWith("!")) continue;
            int hash = entry.indexOf('#');
            if (hash < 0) return ALL;
            for (String method : entry.substring(hash + 1).split("\\+")) {
                if (!method.isBlank()) methods.add(pattern(method.trim()));
            }
        }
        return new SurefireTests(List.copyOf(methods));
    }

    boolean selectsAll() {
        return methods.isEmpty();
    }

    boolean selects(String... names) {
        if (methods.isEmpty()) return true;
        for (Pattern p : methods) {
            for (String name : names) if (p.matcher(name).matches()) return true;
        }
        return false;
    }

    /** Surefire's method patterns: {@code %regex[...]} as it is, else {@code *} and {@code ?} as globs. */
    private static Pattern pattern(String method) {
        if (method.startsWith("%regex[") && method.endsWith("]")) {
            return Pattern.compile(method.substring("%regex[".length(), method.length() - 1));
        }
        StringBuilder regex = new StringBuilder();
        for (char c : method.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
