package io.crosscheck.reporters;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How a scenario file is named in JUnit XML: its path relative to the project, and a class-like dotted name that
 * CI tools split at the last dot into package and class ({@code scenarios/billing/invoice.yaml} →
 * {@code scenarios.billing.invoice}; a dot inside a folder or file name becomes {@code _}, so no phantom
 * package appears). A file outside the working folder (an absolute path) is named relative to the folder that
 * holds every such file of the run, never by its absolute path.
 */
final class SuiteNames {
    private final Map<String, String> relative = new HashMap<>();

    SuiteNames(Collection<String> files) {
        String root = null;
        for (String f : files) {
            if (!isAbsolute(f)) continue;
            String dir = parent(normal(f));
            root = root == null ? dir : common(root, dir);
        }
        for (String f : files) {
            String n = normal(f);
            relative.put(f, isAbsolute(f) && root != null ? n.substring(Math.min(n.length(), root.length() + 1)) : strip(n));
        }
    }

    /** The file's path relative to the project, with {@code /} separators. */
    String path(String file) {
        return relative.computeIfAbsent(file, f -> strip(normal(f)));
    }

    /** The dotted class-like name of the file. */
    String classname(String file) {
        return dotted(path(file));
    }

    static String dotted(String path) {
        String f = strip(normal(path));
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        if (dot > slash) f = f.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (String segment : f.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (sb.length() > 0) sb.append('.');
            sb.append(segment.replace('.', '_'));
        }
        return sb.length() == 0 ? "scenario" : sb.toString();
    }

    private static boolean isAbsolute(String f) {
        return f.startsWith("/") || f.startsWith("\\") || f.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static String normal(String f) {
        return f.replace('\\', '/');
    }

    private static String strip(String f) {
        String s = f;
        while (s.startsWith("./")) s = s.substring(2);
        while (s.startsWith("/")) s = s.substring(1);
        return s.matches("^[A-Za-z]:/.*") ? s.substring(3) : s;
    }

    private static String parent(String f) {
        int slash = f.lastIndexOf('/');
        return slash <= 0 ? "" : f.substring(0, slash);
    }

    private static String common(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            if (i > 0) sb.append('/');
            sb.append(x[i]);
        }
        return sb.toString();
    }
}
