package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.StepHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One parsed step: its handler and what it parsed (null when unusable), and the common keys. {@code name}, {@code ifExpression},
 * {@code timeout} and {@code retry} may be null; {@code expect} and {@code save} hold plain values (templates kept).
 */
public record Step(
        String verb,
        StepHandler<Object> handler,
        Parsed<Object> parsed,
        Phase phase,
        Position position,
        String name,
        Map<String, Object> expect,
        Map<String, String> save,
        Retry retry,
        Duration timeout,
        String ifExpression,
        List<ReportSpec> report) {

    public Step {
        expect = expect == null ? Map.of() : expect;
        save = save == null ? Map.of() : save;
        report = report == null ? List.of() : List.copyOf(report);
    }

    /** The handler's typed config; null when the step could not be parsed. */
    public Object config() {
        return parsed == null ? null : parsed.config();
    }

    /** The default display name after the verb, e.g. {@code GET ${url}}; empty when the step could not be parsed. */
    public String description() {
        return parsed == null ? "" : parsed.description();
    }
}
