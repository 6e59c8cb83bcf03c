package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.load.SourceFile;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.plan.Planner;
import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.schema.SchemaValidator;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's schema corpus ({@code engine/src/test/resources/schema-corpus}) with every step plugin registered:
 * what the schema accepts the parser accepts, and where one finds a problem the other finds one on the marked line
 * ({@code # <-}). The engine runs the same corpus with its core verbs only.
 */
class SchemaAgreementTest {
    static final Path CORPUS = Path.of("../engine/src/test/resources/schema-corpus");
    private static final StepRegistry REGISTRY = StepRegistry.load(SchemaAgreementTest.class.getClassLoader());
    private static final SchemaValidator SCHEMA = SchemaValidator.scenarios(REGISTRY.handlers());

    static Stream<Path> valid() throws IOException {
        return files("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return files("invalid");
    }

    private static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(CORPUS.resolve(folder))) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everyCoreVerbAndFormHasItsPlugin() {
        assertThat(REGISTRY.verbs()).contains("call", "produce", "wait", "query", "assert");
        assertThat(REGISTRY.handlers().get("query")).containsKeys("sql", "cql", "scan", "balance", "solr");
        assertThat(REGISTRY.handlers().get("wait")).containsKeys("topic", "for");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void aValidFilePassesSchemaAndParser(Path file) throws IOException {
        for (ConfigNode doc : documents(file)) assertThat(SCHEMA.messages(doc)).isEmpty();
        assertThat(Crosscheck.validate(RunOptions.of(file))).extracting(Problem::format).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void anInvalidFileFailsSchemaAndParserOnTheMarkedLine(Path file) throws IOException {
        Set<Integer> marked = markedLines(file);
        List<Integer> schemaLines = new ArrayList<>();
        for (ConfigNode doc : documents(file)) {
            SCHEMA.messages(doc).forEach(m -> schemaLines.add(line(m)));
        }
        assertThat(schemaLines).as("lines of schema problems, marked: " + marked).containsAnyElementsOf(marked);
        ExpressionEngine expressions = new ExpressionEngine(new Secrets(Map.of()));
        List<Problem> parser = new Planner(REGISTRY, expressions, new Matchers(expressions), null)
                .plan(RunOptions.of(file).plan()).problems().list();
        assertThat(parser).as("parser problems").extracting(p -> p.position().line()).containsAnyElementsOf(marked);
    }

    private static List<ConfigNode> documents(Path file) throws IOException {
        String text = Files.readString(file);
        Problems problems = new Problems();
        List<ConfigNode> docs = new YamlLoader().load(SourceFile.of("s.yaml", text), text, problems);
        assertThat(problems.list()).isEmpty();
        return docs;
    }

    private static Set<Integer> markedLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).stripTrailing().endsWith("# <-")) out.add(i + 1);
        assertThat(out).as("lines marked # <- in " + file).isNotEmpty();
        return out;
    }

    /** The line of {@code s.yaml:LINE:COLUMN: message}. */
    private static int line(String message) {
        return Integer.parseInt(message.split(":")[1]);
    }
}
