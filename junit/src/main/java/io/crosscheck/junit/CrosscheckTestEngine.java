package io.crosscheck.junit;

import io.crosscheck.engine.plan.ConfigLoader;
import io.crosscheck.engine.result.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;

/**
 * crosscheck scenarios as JUnit Platform tests (engine id {@code crosscheck}): each scenario, or example row, is a
 * container whose steps are tests, so Maven Surefire, Gradle and IDEs run scenarios and write their usual reports.
 * Discovery loads and validates everything (nothing runs for a bad file: it fails as "invalid input"); execution
 * runs the scenarios the launcher kept, one engine run per project folder, reporting each step as it finishes.
 */
public final class CrosscheckTestEngine implements TestEngine {

    @Override
    public String getId() {
        return Ids.ENGINE;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.crosscheck");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("crosscheck-junit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        CrosscheckEngineDescriptor engine = new CrosscheckEngineDescriptor(uniqueId);
        Selections selections = ScenarioFiles.select(request, uniqueId);
        if (selections.isEmpty()) return engine;
        EngineSettings settings = EngineSettings.from(request.getConfigurationParameters());
        Map<Path, List<Path>> projects = new LinkedHashMap<>();
        for (Path file : selections.files()) {
            projects.computeIfAbsent(ConfigLoader.projectDir(file), k -> new ArrayList<>()).add(file);
        }
        ProjectDiscovery discovery = new ProjectDiscovery(engine, settings, selections);
        projects.forEach((dir, files) -> discovery.discover(dir, files, settings.reportDir()
                .map(r -> projects.size() == 1 ? r : r.resolve(dir.getFileName().toString()))));
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor engine = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(engine);
        Map<ProjectRun, List<FileDescriptor>> projects = new LinkedHashMap<>();
        for (TestDescriptor child : engine.getChildren()) {
            FileDescriptor file = (FileDescriptor) child;
            if (isInvalid(file)) {
                reportProblems(file, listener);
            } else {
                projects.computeIfAbsent(file.project(), k -> new ArrayList<>()).add(file);
            }
        }
        projects.forEach((project, files) -> {
            KeptRuns kept = KeptRuns.of(files);
            JunitEvents events = new JunitEvents(listener, kept.runs());
            RunResult result = project.run(kept.runs().keySet(), events);
            events.runEnded(result);
        });
        List<ProblemDescriptor> unseen = engine instanceof CrosscheckEngineDescriptor root ? root.filteredOut() : List.of();
        listener.executionFinished(engine, unseen.isEmpty() ? TestExecutionResult.successful()
                : TestExecutionResult.failed(StepFailures.of(unseen.stream().flatMap(p -> p.problems().stream()).toList())));
    }

    private static boolean isInvalid(FileDescriptor file) {
        return file.getChildren().stream().anyMatch(ProblemDescriptor.class::isInstance);
    }

    private static void reportProblems(FileDescriptor file, EngineExecutionListener listener) {
        listener.executionStarted(file);
        for (TestDescriptor child : file.getChildren()) {
            ProblemDescriptor problems = (ProblemDescriptor) child;
            listener.executionStarted(problems);
            listener.executionFinished(problems, TestExecutionResult.failed(StepFailures.of(problems.problems())));
        }
        listener.executionFinished(file, TestExecutionResult.successful());
    }
}
