package io.crosscheck.engine.run;

import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.json.JsonCodec;
import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.ProjectConfig;
import java.util.concurrent.ExecutorService;

/**
 * What every scenario of a run shares: expressions, matchers, resources, config and the step thread pool.
 * {@code fileVars} are the merged vars files, templates not yet rendered; {@code evidence} the sources read when a
 * scenario ends (spec §8).
 */
public record RunServices(
        String runId,
        java.time.Instant startedAt,
        ExpressionEngine expressions,
        Matchers matchers,
        Secrets secrets,
        JsonCodec json,
        RunResources resources,
        ProjectConfig config,
        Environment environment,
        java.util.Map<String, String> cliVars,
        java.util.Map<String, Object> fileVars,
        java.util.Map<String, String> systemEnvironment,
        ExecutorService stepThreads,
        EvidencePolicy evidence) {
}
