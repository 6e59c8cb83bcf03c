package io.crosscheck.engine.result;

/** A place in a source file; line and column are 1-based. */
public record Position(String file, int line, int column) {
    public static final Position UNKNOWN = new Position("<unknown>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
