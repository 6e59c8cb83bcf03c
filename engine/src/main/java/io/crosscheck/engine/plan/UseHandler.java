package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.FragmentUse;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;

/**
 * The {@code use} verb (spec §2.6). Its steps are those of the fragment, which the runner runs itself, each
 * recorded on its own; so this handler only names the step and is never executed. The planner parses the step.
 */
final class UseHandler implements StepHandler<Object> {
    static final String VERB = "use";
    static final UseHandler INSTANCE = new UseHandler();

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public Parsed<Object> parse(ConfigNode node, Problems problems) {
        throw new UnsupportedOperationException("a use step is parsed by the planner");
    }

    /** What the planner parsed of a use step, named by the fragment's path; null when unusable. */
    static Parsed<Object> parsed(FragmentUse use) {
        return use == null ? null : Parsed.<Object>of(use).withDescription(use.path());
    }

    @Override
    public StepResult execute(Object config, StepContext ctx) {
        throw new UnsupportedOperationException("a use step is run by the runner");
    }
}
