package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.plan.Planner;
import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema and parser agree on the corpus: what one accepts the other accepts, and where one finds a problem the
 * other finds one on the same line. The parser side runs for the verbs this module registers (assert, wait for);
 * the JUnit module runs the same corpus with every step plugin on its classpath.
 */
class SchemaCorpusTest {
    private static final StepRegistry REGISTRY = StepRegistry.load(SchemaCorpusTest.class.getClassLoader());
    /** The repository's schema, every step module merged in: the files use verbs of plugins this module does not have. */
    private static final SchemaValidator CORE = RepositorySchema.scenarios();

    static Stream<Path> valid() throws IOException {
        return Corpus.files("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return Corpus.files("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void aValidFilePassesTheSchemaAndTheParser(Path file) {
        for (ConfigNode doc : Corpus.documents(file)) assertThat(CORE.messages(doc)).isEmpty();
        Assumptions.assumeTrue(Corpus.parserCanJudge(file, REGISTRY), "uses verbs of step plugins");
        assertThat(Crosscheck.validate(RunOptions.of(file))).extracting(Problem::format).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void anInvalidFileFailsTheSchemaAndTheParserOnTheMarkedLine(Path file) {
        Set<Integer> marked = Corpus.markedLines(file);
        assertThat(marked).as("lines marked " + Corpus.MARK).isNotEmpty();
        List<String> schema = new ArrayList<>();
        for (ConfigNode doc : Corpus.documents(file)) schema.addAll(CORE.messages(doc));
        assertThat(schema).as("schema problems").anyMatch(m -> marked.contains(Corpus.line(m, file)));

        Assumptions.assumeTrue(Corpus.parserCanJudge(file, REGISTRY), "uses verbs of step plugins");
        assertThat(parserAlone(file)).as("parser problems").extracting(Problem::format)
                .anyMatch(m -> marked.contains(Corpus.line(m, file)));
    }

    /** The problems the parser finds without the schema's help. */
    private static List<Problem> parserAlone(Path file) {
        ExpressionEngine expressions = new ExpressionEngine(new Secrets(Map.of()));
        return new Planner(REGISTRY, expressions, new Matchers(expressions), null).plan(RunOptions.of(file).plan())
                .problems().list();
    }

    @Test
    void theCorpusCoversEveryCoreVerbAndVerbForm() throws IOException {
        String all = String.join("\n", Stream.concat(valid(), invalid()).map(Corpus::text).toList());
        for (String key : List.of("call:", "produce:", "wait:", "topic:", "for:", "query:", "sql:", "cql:", "scan:",
                "balance:", "solr:", "deleteByQuery:", "add:", "assert:", "expect:", "save:", "retry:", "report:")) {
            assertThat(all).contains(key);
        }
    }

    @Test
    void theCorpusConfigPassesItsSchema() {
        Path config = Corpus.ROOT.resolve("crosscheck.yaml");
        for (ConfigNode doc : Corpus.documents(config)) assertThat(RepositorySchema.config().messages(doc)).isEmpty();
    }
}
