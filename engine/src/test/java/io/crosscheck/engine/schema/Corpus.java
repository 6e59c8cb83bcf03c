package io.crosscheck.engine.schema;

import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.spi.step.ConfigNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The files of {@code schema-corpus/}: {@code valid/} ones that both schema and parser accept, {@code invalid/} ones
 * whose offending lines end with {@code # <-}, where both must report a problem.
 */
final class Corpus {
    static final Path ROOT = Path.of("src/test/resources/schema-corpus");
    static final String MARK = "# <-";
    private static final Map<String, Set<String>> CORE_KINDS = Map.of(
            "wait", Set.of("topic", "for"), "query", Set.of("sql", "cql", "scan", "balance", "solr"));
    private static final Set<String> CORE_VERBS = Set.of("call", "produce", "wait", "query", "assert");

    private Corpus() {
    }

    static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(ROOT.resolve(folder))) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ConfigNode> documents(Path file) {
        return Documents.load(file.toString(), text(file));
    }

    /** 1-based numbers of the lines marked {@code # <-}. */
    static Set<Integer> markedLines(Path file) {
        List<String> lines = text(file).lines().toList();
        Set<Integer> marked = new TreeSet<>();
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).stripTrailing().endsWith(MARK)).forEach(i -> marked.add(i + 1));
        return marked;
    }

    /**
     * True when every core verb (and verb form) the file uses has a handler in the registry, so the parser can judge
     * the file. Unknown words (a misspelt verb) do not count: judging those is the point.
     */
    static boolean parserCanJudge(Path file, StepRegistry registry) {
        for (ConfigNode doc : documents(file)) {
            for (String list : List.of("setup", "steps", "teardown")) {
                ConfigNode steps = doc.isMap() ? doc.entries().get(list) : null;
                if (steps == null || !steps.isList()) continue;
                for (ConfigNode step : steps.items()) {
                    if (!step.isMap()) continue;
                    for (Map.Entry<String, ConfigNode> e : step.entries().entrySet()) {
                        if (!covered(e.getKey(), e.getValue(), registry)) return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean covered(String verb, ConfigNode node, StepRegistry registry) {
        if (!CORE_VERBS.contains(verb)) return true;
        if (!registry.isVerb(verb)) return false;
        Set<String> kinds = CORE_KINDS.getOrDefault(verb, Set.of());
        Set<String> registered = registry.handlers().get(verb).keySet();
        return !node.isMap() || node.entries().keySet().stream().filter(kinds::contains).allMatch(registered::contains);
    }

    /** The line of a {@code file:line:column: ...} message. */
    static int line(String message, Path file) {
        String rest = message.substring(message.indexOf(file.getFileName().toString()) + file.getFileName().toString().length() + 1);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }
}
