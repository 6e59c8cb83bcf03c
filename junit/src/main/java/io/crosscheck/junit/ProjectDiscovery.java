package io.crosscheck.junit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.InvalidInputException;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;

/**
 * Plans the selected files of one project folder and builds their descriptors. A file with problems becomes a
 * failing "invalid input" test and the other files still run; a problem of crosscheck.yaml stops the whole folder.
 */
final class ProjectDiscovery {
    private final CrosscheckEngineDescriptor engine;
    private final EngineSettings settings;
    private final Selections selections;

    ProjectDiscovery(CrosscheckEngineDescriptor engine, EngineSettings settings, Selections selections) {
        this.engine = engine;
        this.settings = settings;
        this.selections = selections;
    }

    void discover(Path projectDir, List<Path> files, Optional<Path> reportDir) {
        List<Path> runnable = new ArrayList<>(files);
        Map<Path, List<Problem>> bad = new LinkedHashMap<>();
        Crosscheck prepared = null;
        while (!runnable.isEmpty() && prepared == null) {
            try {
                prepared = Crosscheck.prepare(settings.apply(RunOptions.of(runnable.toArray(Path[]::new))));
            } catch (InvalidInputException e) {
                Map<Path, List<Problem>> byFile = byFile(e.problems());
                bad.putAll(byFile);
                if (!runnable.containsAll(byFile.keySet())) runnable.clear(); // crosscheck.yaml or options: nothing runs
                runnable.removeAll(byFile.keySet());
            }
        }
        ProjectRun project = new ProjectRun(prepared, reportDir);
        Set<Path> order = new LinkedHashSet<>(files);
        order.addAll(bad.keySet());
        for (Path file : order) {
            if (bad.containsKey(file)) {
                FileDescriptor d = new FileDescriptor(engine.getUniqueId(), file, displayName(projectDir, file), project);
                ProblemDescriptor problems = new ProblemDescriptor(d, bad.get(file));
                d.addChild(problems);
                engine.addChild(d);
                engine.problems(problems);
            } else if (prepared != null) {
                scenarios(project, projectDir, file, prepared.plan().runs());
            }
        }
    }

    /** {@code runs}: the plan's, whose ids the descriptors of scenario runs and steps keep to meet the run's events. */
    private void scenarios(ProjectRun project, Path projectDir, Path file, List<ScenarioRun> runs) {
        FileDescriptor fileDescriptor = new FileDescriptor(engine.getUniqueId(), file, displayName(projectDir, file), project);
        SurefireTests tests = settings.tests();
        Map<Scenario, List<ScenarioRun>> byScenario = new LinkedHashMap<>();
        for (ScenarioRun run : runs) byScenario.computeIfAbsent(run.scenario(), k -> new ArrayList<>()).add(run);
        for (Map.Entry<Scenario, List<ScenarioRun>> entry : byScenario.entrySet()) {
            Scenario s = entry.getKey();
            if (!Selections.normal(s.file()).equals(file) || !selections.includes(file, s.position().line())) continue;
            List<ScenarioRun> rows = entry.getValue();
            ScenarioDescriptor scenario = new ScenarioDescriptor(fileDescriptor, s, s.examples().isEmpty() ? rows.get(0).id() : null);
            if (s.examples().isEmpty()) {
                if (!tests.selects(s.name(), scenario.getDisplayName())) continue;
                steps(scenario, rows.get(0));
            } else {
                for (int i = 0; i < rows.size(); i++) {
                    if (!selections.includes(file, s.position().line(), i + 1)) continue;
                    ExampleDescriptor example = new ExampleDescriptor(scenario, i + 1, rows.get(i));
                    if (!tests.selects(s.name(), scenario.getDisplayName(), example.getDisplayName(),
                            Names.row(s.name(), i + 1, example.row()))) continue;
                    steps(example, rows.get(i));
                    scenario.addChild(example);
                }
                if (scenario.getChildren().isEmpty()) continue;
            }
            fileDescriptor.addChild(scenario);
        }
        if (!fileDescriptor.getChildren().isEmpty()) engine.addChild(fileDescriptor);
    }

    private static void steps(TestDescriptor parent, ScenarioRun run) {
        Scenario s = run.scenario();
        for (List<Step> phase : List.of(s.setup(), s.steps(), s.teardown())) {
            for (int i = 0; i < phase.size(); i++) {
                Step step = phase.get(i);
                parent.addChild(new StepDescriptor(parent, s, step, i + 1, run.stepId(step.phase(), i + 1)));
            }
        }
    }

    private static Map<Path, List<Problem>> byFile(List<Problem> problems) {
        Map<Path, List<Problem>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            out.computeIfAbsent(Selections.normal(Path.of(p.position().file())), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static String displayName(Path projectDir, Path file) {
        return file.startsWith(projectDir) ? projectDir.relativize(file).toString() : file.getFileName().toString();
    }
}
