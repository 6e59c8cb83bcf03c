package io.crosscheck.junit;

/**
 * Segment types of the engine's unique ids, never a display text:
 * {@code [engine:crosscheck]/[file:PATH]/[scenario:LINE]/[example:ROW]/[step:setup-1]} (a row is numbered from 1, a step
 * from 1 within its phase).
 */
final class Ids {
    static final String ENGINE = "crosscheck";
    static final String FILE = "file";
    static final String SCENARIO = "scenario";
    static final String EXAMPLE = "example";
    static final String STEP = "step";
    /** A step of a fragment under its use step, by its number in the fragment ({@code [fragment-step:2]}). */
    static final String FRAGMENT_STEP = "fragment-step";
    static final String PROBLEMS = "problems";

    private Ids() {
    }
}
