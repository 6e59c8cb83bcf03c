package io.crosscheck.steps.cassandra;

import io.crosscheck.steps.testkit.StepTestKit;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.nio.file.Path;

/** The project these tests write: a 60s default timeout and the test node as cluster {@code main}. */
final class CassandraProject {
    private CassandraProject() {
    }

    static StepTestKit of(Path dir, CassandraNode node) {
        return StepTestKit.in(dir).config("defaults: { timeout: 60s }").connection("cassandra", "main",
                "{ contactPoints: [\"" + node.contactPoint() + "\"], localDatacenter: " + node.localDatacenter() + " }");
    }
}
