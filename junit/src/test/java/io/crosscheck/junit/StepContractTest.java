package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepContract;
import org.junit.jupiter.api.Test;

/**
 * Every step module's handlers, all on this classpath, keep the contract of crosscheck-step-testkit (one handler per
 * verb and kind, a record config); {@link SchemaAgreementTest} checks their corpus agreement.
 */
class StepContractTest {

    /** {@code call} is still described by hand in the engine's schema: its keys have rules across keys the annotations do not say yet. */
    private static final java.util.Set<String> NOT_YET = java.util.Set.of(
            "io.crosscheck.steps.http.CallHandler: its module ships no META-INF/crosscheck/schema/call.schema.json"
                    + " (generate it from the config record: FragmentWriter)");

    @Test
    void everyHandlerServiceLoaderFindsKeepsTheStepContract() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(StepContract.handlers(loader)).extracting(h -> h.verb() + (h.kind() == null ? "" : ":" + h.kind()))
                .contains("call", "produce", "wait:topic", "wait:for", "query:sql", "query:cql", "query:solr", "assert");
        assertThat(StepContract.violations(loader)).filteredOn(v -> !NOT_YET.contains(v)).isEmpty();
    }
}
