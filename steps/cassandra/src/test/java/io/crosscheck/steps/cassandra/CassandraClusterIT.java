package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.steps.testkit.FakeStepContext;
import io.crosscheck.testkit.cassandra.CassandraExtension;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class CassandraClusterIT {

    private static CassandraCluster open(CassandraNode node, Map<String, Object> more) throws Exception {
        Map<String, Object> props = new java.util.LinkedHashMap<>(Map.of("contactPoints", List.of(node.contactPoint())));
        props.putAll(more);
        return CassandraCluster.open(FakeStepContext.connectionConfig("cassandra", "main", props));
    }

    @Test
    void aStatementIsPreparedOncePerTextForTheWholeRun(CassandraNode node) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (CassandraCluster cluster = open(node, Map.of())) {
            var first = cluster.prepare("SELECT release_version FROM system.local WHERE key = ?", deadline);
            var second = cluster.prepare("SELECT release_version FROM system.local WHERE key = ?", deadline);
            assertThat(second).isSameAs(first);
            assertThat(cluster.session().getContext().getConfig().getDefaultProfile().getString(
                    com.datastax.oss.driver.api.core.config.DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS))
                    .as("without localDatacenter, the datacenter is inferred from the contact points")
                    .isEqualTo("DcInferringLoadBalancingPolicy");
        }
    }

    @Test
    void tablesAreFoundByQualifiedNameOrInTheSessionKeyspace(CassandraNode node) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (var raw = RawSession.open(node)) {
            RawSession.createKeyspace(raw, "it_cluster");
            raw.execute("CREATE TABLE IF NOT EXISTS it_cluster.\"Meters\" (id int PRIMARY KEY)");
        }
        try (CassandraCluster cluster = open(node, Map.of("keyspace", "it_cluster"))) {
            assertThat(cluster.table("it_cluster.\"Meters\"", deadline).getName().asInternal()).isEqualTo("Meters");
            assertThat(cluster.table("\"Meters\"", deadline).getKeyspace().asInternal()).isEqualTo("it_cluster");
            assertThatThrownBy(() -> cluster.table("it_cluster.meters", deadline))
                    .hasMessageContaining("table it_cluster.meters does not exist").hasMessageContaining("\"Meters\"");
            assertThatThrownBy(() -> cluster.table("nokeyspace.t", deadline)).hasMessageContaining("keyspace nokeyspace does not exist");
        }
    }

    @Test
    void aMissingKeyspaceIsNamedWhenTheSessionOpens(CassandraNode node) {
        assertThatThrownBy(() -> open(node, Map.of("keyspace", "not_created_yet")))
                .hasMessageContaining("keyspace 'not_created_yet' does not exist");
    }
}
