package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.crosscheck.engine.load.SourceFile;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Checks YAML documents against crosscheck's JSON Schemas (draft 2020-12, networknt): the scenario schema with the
 * verbs of every registered plugin merged in, or the crosscheck.yaml schema. Each problem points at the YAML node
 * the validator's instance location names, as file:line:column.
 */
public final class SchemaValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode schema;
    private final JsonSchema compiled;

    private SchemaValidator(JsonNode schema) {
        this.schema = schema;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(false).build();
        this.compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        this.compiled.initializeValidators();
    }

    /** The scenario schema with the verbs (and verb forms) of the step handlers, by verb and kind. */
    public static SchemaValidator scenarios(Map<String, Map<String, StepHandler<?>>> handlers) {
        return new SchemaValidator(SchemaMerger.merge(SchemaDocuments.core(SchemaDocuments.SCENARIO), handlers));
    }

    /** A validator of a schema document as it is, e.g. the repository's merged {@code schemas/} file. */
    static SchemaValidator of(JsonNode schema) {
        return new SchemaValidator(schema);
    }

    /** Loads the validator's classes and its draft's meta-schema with a schema of one line, to save that time later. */
    public static void warmUp() {
        new SchemaValidator(MAPPER.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("type", "object")).compiled.validate(MAPPER.createObjectNode());
    }

    /** The schema of crosscheck.yaml with the step handlers and evidence kinds the context class loader finds. */
    public static SchemaValidator config() {
        Map<String, Map<String, StepHandler<?>>> handlers = new TreeMap<>();
        for (StepHandler<?> h : ServiceLoader.load(StepHandler.class, Thread.currentThread().getContextClassLoader())) {
            handlers.computeIfAbsent(h.verb(), v -> new LinkedHashMap<>()).putIfAbsent(h.kind() == null ? "" : h.kind(), h);
        }
        return config(handlers);
    }

    /**
     * The schema of crosscheck.yaml with the environment sections of these step handlers (verb to kind to handler)
     * and the evidence kinds the context class loader finds, as a run finds them.
     */
    public static SchemaValidator config(Map<String, Map<String, StepHandler<?>>> handlers) {
        Map<String, EvidenceSource<?>> kinds = new TreeMap<>();
        for (EvidenceSource<?> s : ServiceLoader.load(EvidenceSource.class, Thread.currentThread().getContextClassLoader())) {
            kinds.putIfAbsent(s.kind(), s);
        }
        return config(kinds, handlers);
    }

    /** The schema of crosscheck.yaml with these evidence kinds, by kind, and the sections of these handlers. */
    public static SchemaValidator config(Map<String, EvidenceSource<?>> kinds, Map<String, Map<String, StepHandler<?>>> handlers) {
        ObjectNode core = SchemaDocuments.core(SchemaDocuments.CONFIG);
        return new SchemaValidator(SectionMerger.merge(SchemaMerger.mergeConfig(core, kinds), handlers));
    }

    /** The schema in use, plugin verbs merged: what an editor needs to know every verb of this classpath. */
    public JsonNode schema() {
        return schema.deepCopy();
    }

    /**
     * The schema violations of the document, in file order: found now, on any thread, and added by the consumer to the
     * problems it is given (on the thread that owns them, which looks up their source lines).
     */
    public Consumer<Problems> find(ConfigNode document) {
        List<Wording.Said> found = problems(document);
        return problems -> found.forEach(said -> problems.add(said.at(), said.message(), said.hint()));
    }

    /** The violations of one document, in file order, each once. */
    List<Wording.Said> problems(ConfigNode document) {
        JsonNode instance = DocumentTree.of(document);
        List<Finding> findings = new ArrayList<>();
        for (ValidationMessage m : compiled.validate(instance)) findings.add(Finding.of(m));
        findings = new BestMatch(schema).select(findings);
        Set<String> unknownKeysAt = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.type().equals("additionalProperties")) unknownKeysAt.add(String.join("/", f.instance()));
        }
        Wording wording = new Wording(schema);
        Map<Position, Wording.Said> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            // "needs one of the verbs" says nothing new when the key meant as a verb is misspelt
            if (f.type().equals(BestMatch.NEEDS_ONE) && unknownKeysAt.contains(String.join("/", f.instance()))) continue;
            Wording.Said said = wording.say(f, document);
            out.putIfAbsent(said.at(), said); // one problem per place: a key a verb and its form both refuse
        }
        List<Wording.Said> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing((Wording.Said s) -> s.at().file())
                .thenComparingInt(s -> s.at().line()).thenComparingInt(s -> s.at().column()));
        return sorted;
    }

    /** For tests and tools: the problems' texts as {@code file:line:column: message}. */
    public List<String> messages(ConfigNode document) {
        return problems(document).stream().map(s -> format(s.at(), s.message(), s.hint())).toList();
    }

    private static String format(Position at, String message, String hint) {
        return at + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }

    /**
     * {@link #find} for every document of a YAML file such as crosscheck.yaml; its YAML errors are the loader's to
     * report.
     */
    public Consumer<Problems> findInFile(Path file, String displayName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return problems -> { }; // reported by the loader
        }
        Problems yaml = new Problems();
        List<ConfigNode> documents = new YamlLoader().load(SourceFile.of(displayName, text), text, yaml);
        if (!yaml.isEmpty()) return problems -> { };
        List<Consumer<Problems>> found = documents.stream().map(this::find).toList();
        return problems -> found.forEach(f -> f.accept(problems));
    }
}
