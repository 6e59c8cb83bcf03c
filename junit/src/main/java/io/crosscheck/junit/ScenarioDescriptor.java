package io.crosscheck.junit;

import io.crosscheck.engine.model.Scenario;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * One scenario ({@code [scenario:LINE]}, its line in the file): its steps are its children, or its example rows when
 * it has examples. Its tags are JUnit tags. {@code runId} is its run's id in the plan, null when its rows are its runs.
 */
final class ScenarioDescriptor extends AbstractTestDescriptor {
    private final Scenario scenario;
    private final String runId;
    private final String fileName;
    private final Set<TestTag> tags;

    ScenarioDescriptor(FileDescriptor file, Scenario scenario, String runId) {
        super(file.getUniqueId().append(Ids.SCENARIO, String.valueOf(scenario.position().line())),
                Names.scenario(file.getDisplayName(), scenario.name()),
                FileSource.from(scenario.file().toAbsolutePath().toFile(),
                        FilePosition.from(scenario.position().line(), scenario.position().column())));
        this.scenario = scenario;
        this.runId = runId;
        this.fileName = file.getDisplayName();
        this.tags = tags(scenario);
    }

    static Set<TestTag> tags(Scenario scenario) {
        Set<TestTag> out = new LinkedHashSet<>();
        for (String tag : scenario.tags()) if (TestTag.isValid(tag)) out.add(TestTag.create(tag));
        return out;
    }

    Scenario scenario() {
        return scenario;
    }

    String runId() {
        return runId;
    }

    String fileName() {
        return fileName;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
