package io.crosscheck.engine.load;

import java.util.List;

/** A loaded text file: its display name (as given, for clickable messages) and its lines, for carets. */
public record SourceFile(String name, List<String> lines) {

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.lines().toList());
    }

    public String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }
}
