package io.crosscheck.engine.plan;

import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.Fragment;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.model.RunHooks;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.schema.SchemaValidator;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Load → validate → select: reads crosscheck.yaml and every scenario file, reports every problem with its
 * position before anything runs, then applies tags and shard.
 */
public final class Planner {
    private final ExpressionEngine expressions;
    private final ScenarioParser parser;
    private final RunHookParser hooks;
    private final VarsFiles varsFiles;
    private final CompletableFuture<SchemaValidator> schema;
    private final SourceFiles sources = new SourceFiles();
    private final StepParser steps;
    private final StepRegistry registry;
    private final EvidenceParser evidence = EvidenceParser.load(Thread.currentThread().getContextClassLoader());

    public Planner(StepRegistry registry, ExpressionEngine expressions, Matchers matchers) {
        this(registry, expressions, matchers, CompletableFuture.completedFuture(SchemaValidator.scenarios(registry.handlers())));
    }

    /**
     * {@code schema}: the scenario schema, which may still be being built when planning starts (the first check waits
     * for it); null: the parser alone judges the files (to compare it with the schema).
     */
    public Planner(StepRegistry registry, ExpressionEngine expressions, Matchers matchers, CompletableFuture<SchemaValidator> schema) {
        this.expressions = expressions;
        this.registry = registry;
        this.steps = new StepParser(registry, expressions, matchers,
                new Fragments(sources, this::checkTemplates));
        this.parser = new ScenarioParser(steps, expressions, sources);
        this.hooks = new RunHookParser(steps, parser::checkTemplates);
        this.varsFiles = new VarsFiles(sources, parser::checkTemplates);
        this.schema = schema;
    }

    public Plan plan(PlanOptions options) {
        if (schema == null) return plan(options, null);
        try (SchemaChecks checks = new SchemaChecks(schema)) {
            return plan(options, checks);
        }
    }

    /** {@code checks} null: no schema checks. */
    private Plan plan(PlanOptions options, SchemaChecks checks) {
        Problems problems = new Problems(sources::line).withExpressionSyntax(expressions::syntaxError);
        if (options.paths().isEmpty()) throw new IllegalArgumentException("no scenario path given");
        Path projectDir = ConfigLoader.projectDir(options.paths().get(0));
        ProjectConfig config = ConfigLoader.load(projectDir, sources, registry.sections(), problems);
        var configChecked = checks == null || config.file() == null ? null
                : checks.configFile(config.file(), displayName(config.file()), registry.handlers());
        RunHooks runHooks = hooks.parse(config, problems);
        List<io.crosscheck.engine.model.EvidenceSpec> sources = evidence.parse(config.root(), problems);
        Map<String, Object> fileVars = varsFiles.read(config, options.varsFiles(), problems);
        // the schema adds only what the loader and parsers let pass
        if (configChecked != null && problems.isEmpty()) configChecked.get().accept(problems);
        Environment environment = environment(config, options.environment(), problems);
        List<Scenario> all = new ArrayList<>();
        List<Fragment> fragments = new ArrayList<>();
        Discovery discovery = new Discovery(config.dir(), config.exclude());
        for (Path file : discovery.files(options.paths(), problems)) all.addAll(loadFile(file, discovery, fragments, checks, problems));
        new ConnectionCheck(environment).check(all, problems);
        new ConnectionCheck(environment).check(runHooks, problems);
        new ConnectionCheck(environment).checkEvidence(sources, problems);
        List<Scenario> selected = Selection.select(all, options.tags(), options.shardIndex(), options.shardTotal());
        return new Plan(config, environment, selected, ScenarioRun.of(config.dir(), selected), problems, all, runHooks, fileVars,
                fragments, sources);
    }

    private Environment environment(ProjectConfig config, String wanted, Problems problems) {
        if (config.environments().isEmpty()) {
            if (wanted != null) {
                Position at = new Position(config.file() == null ? ConfigLoader.FILE_NAME : displayName(config.file()), 1, 1);
                problems.add(at, "unknown environment '" + wanted + "': no environments are configured");
            }
            return Environment.of(wanted == null ? "default" : wanted, null);
        }
        String name = wanted == null ? config.environments().keySet().iterator().next() : wanted;
        ConfigNode node = config.environments().get(name);
        if (node == null) {
            Position at = new Position(displayName(config.file()), 1, 1);
            String configured = "configured: " + String.join(", ", config.environments().keySet());
            problems.add(at, "unknown environment '" + name + "'", io.crosscheck.engine.expr.Suggestions
                    .closest(name, config.environments().keySet()).map(c -> "did you mean '" + c + "'? " + configured)
                    .orElse(configured));
        }
        return Environment.of(name, node);
    }

    /** The scenarios of a file; a fragment document found there goes to {@code fragments} instead. */
    private List<Scenario> loadFile(Path file, Discovery discovery, List<Fragment> fragments, SchemaChecks checks, Problems problems) {
        if (steps.fragments().unreadable(file)) return List.of(); // a use step reported why already
        String name = displayName(file);
        String text = sources.read(file, name, problems).orElse(null);
        List<ConfigNode> docs = text == null ? List.of() : new YamlLoader().load(name, text, problems);
        steps.fragments().unreadable(file, docs.isEmpty() && !problems.isEmpty());
        List<Scenario> out = new ArrayList<>();
        boolean fragment = false;
        for (ConfigNode doc : docs) {
            if (Fragments.isFragment(doc)) {
                fragment = true;
                fragments.add(steps.fragments().discovered(doc, file, steps, problems));
                continue;
            }
            if (!ScenarioParser.isScenario(doc, discovery.excludeHint(file), problems)) continue;
            var checked = checks == null ? null : checks.document(doc);
            int before = problems.size();
            Scenario s = parser.parse(doc, file, problems);
            if (checked != null && problems.size() == before) checked.get().accept(problems); // the schema adds only what the parser let pass
            if (s != null) out.add(s);
        }
        if (out.isEmpty() && !fragment && problems.isEmpty()) problems.add(new Position(name, 1, 1), "no scenario in file");
        return out;
    }

    private void checkTemplates(ConfigNode node, Problems problems) {
        parser.checkTemplates(node, problems);
    }

    static String displayName(Path file) {
        return SourceFiles.displayName(file);
    }
}
