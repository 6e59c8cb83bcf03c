package io.crosscheck.junit;

import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.result.Phase;
import java.util.Locale;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * One step: a test whose outcome is the step's (passed, failed with expected vs actual, error, skipped). Its unique
 * id is its phase and its number in that phase ({@code [step:setup-1]}); {@code stepId} is the step's id in the plan,
 * which is how the run's events find it.
 */
final class StepDescriptor extends AbstractTestDescriptor {
    private final Phase phase;
    private final String stepId;
    private final Set<TestTag> tags;
    /** A use step: its fragment's steps become its children while it runs. */
    private final boolean use;

    StepDescriptor(TestDescriptor run, Scenario scenario, Step step, int number, String stepId) {
        super(run.getUniqueId().append(Ids.STEP, step.phase().name().toLowerCase(Locale.ROOT) + "-" + number),
                Names.step(run.getDisplayName(), name(step)), FileSource.from(scenario.file().toAbsolutePath().toFile(),
                        FilePosition.from(step.position().line(), step.position().column())));
        this.phase = step.phase();
        this.stepId = stepId;
        this.use = "use".equals(step.verb());
        this.tags = ScenarioDescriptor.tags(scenario);
    }

    /** The step's name, or its verb and target, as written (templates are rendered only when it runs). */
    static String name(Step step) {
        String name = step.name() != null ? step.name()
                : (step.verb() + " " + step.description()).trim();
        return step.phase() == Phase.STEP ? name : step.phase().name().toLowerCase(Locale.ROOT) + ": " + name;
    }

    Phase phase() {
        return phase;
    }

    String stepId() {
        return stepId;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return use ? Type.CONTAINER_AND_TEST : Type.TEST;
    }
}
