package io.crosscheck.steps.kafka;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;

import java.nio.file.Path;
import java.util.Map;

/** Runs a scenario folder and reads its result tree. */
record ScenarioRun(RunResult result, long wallMs) {

    static ScenarioRun of(Path dir) {
        long t0 = System.nanoTime();
        RunResult r = Crosscheck.run(RunOptions.of(dir));
        return new ScenarioRun(r, (System.nanoTime() - t0) / 1_000_000);
    }

    ScenarioResult scenario(String name) {
        return result.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario '" + name + "' in " + result.scenarios()));
    }

    StepRecord step(String scenario, String stepName) {
        return scenario(scenario).steps().stream().filter(s -> s.name().equals(stepName)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + stepName + "' in " + scenario(scenario).steps()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> response(StepRecord step) {
        return (Map<String, Object>) step.response();
    }
}
