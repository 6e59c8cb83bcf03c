package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepContract;
import org.junit.jupiter.api.Test;

/**
 * Every step module's handlers, all on this classpath, keep the contract of crosscheck-step-testkit (one handler per
 * verb and kind, a record config); {@link SchemaAgreementTest} checks their corpus agreement.
 */
class StepContractTest {

    @Test
    void everyHandlerServiceLoaderFindsKeepsTheStepContract() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(StepContract.handlers(loader)).extracting(h -> h.verb() + (h.kind() == null ? "" : ":" + h.kind()))
                .contains("call", "produce", "wait:topic", "wait:for", "query:sql", "query:cql", "query:solr", "assert");
        assertThat(StepContract.violations(loader)).isEmpty();
    }
}
