package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.StepHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One parsed step: its handler and typed config, and the common keys. {@code name}, {@code ifExpression},
 * {@code timeout} and {@code retry} may be null; {@code expect} and {@code save} hold plain values (templates kept).
 */
public record Step(
        String verb,
        StepHandler<Object> handler,
        Object config,
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
}
