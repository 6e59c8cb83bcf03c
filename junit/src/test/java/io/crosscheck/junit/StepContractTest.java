package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepContract;
import org.junit.jupiter.api.Test;

/**
 * Every step module's handlers, all on this classpath, keep the contract of crosscheck-step-testkit (one handler per
 * verb and kind, a record config); {@link SchemaAgreementTest} checks their corpus agreement.
 */
class StepContractTest {

    /**
     * The cql handlers still take their record wrapped in {@code Located<>} (the positions of its keys); they keep the
     * contract once the binder fills position components of the record itself. Nothing else may break it.
     */
    private static final java.util.Set<String> NOT_YET = java.util.Set.of(
            "io.crosscheck.steps.cassandra.CqlQueryHandler: its config io.crosscheck.steps.cassandra.Located<io.crosscheck.steps.cassandra.CqlQuery> is not a record",
            "io.crosscheck.steps.cassandra.CqlScanHandler: its config io.crosscheck.steps.cassandra.Located<io.crosscheck.steps.cassandra.ScanQuery> is not a record",
            "io.crosscheck.steps.cassandra.CqlBalanceHandler: its config io.crosscheck.steps.cassandra.Located<io.crosscheck.steps.cassandra.BalanceQuery> is not a record");

    @Test
    void everyHandlerServiceLoaderFindsKeepsTheStepContract() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(StepContract.handlers(loader)).extracting(h -> h.verb() + (h.kind() == null ? "" : ":" + h.kind()))
                .contains("call", "produce", "wait:topic", "wait:for", "query:sql", "query:cql", "query:solr", "assert");
        assertThat(StepContract.violations(loader)).filteredOn(v -> !NOT_YET.contains(v)).isEmpty();
    }
}
