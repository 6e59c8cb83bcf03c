package io.crosscheck.junit;

/** Segment types of the engine's unique ids: {@code [engine:crosscheck]/[file:PATH]/[scenario:LINE]/[example:N]/[step:steps-2]}. */
final class Ids {
    static final String ENGINE = "crosscheck";
    static final String FILE = "file";
    static final String SCENARIO = "scenario";
    static final String EXAMPLE = "example";
    static final String STEP = "step";
    static final String PROBLEMS = "problems";

    private Ids() {
    }
}
