package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.schema.RepositorySchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/scenario.schema.json} and {@code crosscheck.schema.json} at the repository's root are generated: the
 * engine's schemas with the fragments every step module's build writes from its config records (verbs, evidence kinds).
 * Refresh them with
 * {@code ./mvnw -B -q -pl junit -am test -Dtest=RepositorySchemasTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrosscheck.schemas.write=true}.
 */
class RepositorySchemasTest {
    private static final Path SCHEMAS = Path.of("../schemas");

    @Test
    void theSchemasEditorsUseAreTheEnginesWithEveryStepModuleMergedIn() throws IOException {
        Map<String, String> generated = RepositorySchemas.render(StepRegistry.load(getClass().getClassLoader()).handlers());
        boolean write = Boolean.getBoolean("crosscheck.schemas.write");
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = SCHEMAS.resolve(file.getKey());
            if (write) Files.writeString(path, file.getValue());
            assertThat(Files.readString(path)).as(path + " is out of date; refresh it with -Dcrosscheck.schemas.write=true")
                    .isEqualTo(file.getValue());
        }
    }
}
