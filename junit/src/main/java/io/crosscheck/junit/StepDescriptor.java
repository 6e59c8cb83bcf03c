package io.crosscheck.junit;

import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.Phase;
import java.util.Locale;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** One step: a test whose outcome is the step's (passed, failed with expected vs actual, error, skipped). */
final class StepDescriptor extends AbstractTestDescriptor {
    private final Step step;
    private final Set<TestTag> tags;
    private final String legacyName;

    StepDescriptor(TestDescriptor parent, Scenario scenario, Step step, int index) {
        super(parent.getUniqueId().append(Ids.STEP, step.phase().name().toLowerCase(Locale.ROOT) + "-" + index),
                name(step), FileSource.from(scenario.file().toAbsolutePath().toFile(),
                        FilePosition.from(step.position().line(), step.position().column())));
        this.step = step;
        this.tags = ScenarioDescriptor.tags(scenario);
        String run = parent instanceof ExampleDescriptor ? scenario.name() + " " + parent.getDisplayName() : scenario.name();
        this.legacyName = run + " › " + getDisplayName();
    }

    /** What Surefire and Gradle name the test in their XML reports: scenario, example row and step. */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    /** The step's name, or its verb and target, as written (templates are rendered only when it runs). */
    static String name(Step step) {
        String name = step.name() != null ? step.name()
                : (step.verb() + " " + (step.config() == null ? "" : step.handler().describe(step.config()))).trim();
        return step.phase() == Phase.STEP ? name : step.phase().name().toLowerCase(Locale.ROOT) + ": " + name;
    }

    Step step() {
        return step;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
