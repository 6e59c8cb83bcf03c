package io.crosscheck.junit;

import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Path;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * A step of a fragment, registered under its {@code use} step as the run reports it (which steps a fragment runs is
 * known only then): named after the use step, placed at its own line in the fragment file. A nested {@code use}
 * holds its fragment's steps in turn.
 */
final class FragmentStepDescriptor extends AbstractTestDescriptor {
    private final boolean holdsSteps;

    FragmentStepDescriptor(TestDescriptor use, int number, StepRecord step) {
        super(use.getUniqueId().append(Ids.FRAGMENT_STEP, String.valueOf(number)), Names.step(use.getDisplayName(), step.name()),
                step.position() == null ? null : FileSource.from(Path.of(step.position().file()).toAbsolutePath().toFile(),
                        FilePosition.from(step.position().line(), step.position().column())));
        this.holdsSteps = !step.steps().isEmpty();
    }

    @Override
    public Type getType() {
        return holdsSteps ? Type.CONTAINER_AND_TEST : Type.TEST;
    }
}
