package io.crosscheck.junit;

import io.crosscheck.engine.model.ScenarioRun;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One example row of a scenario, the container of the steps run with it; its unique id holds the row's number, and it
 * keeps its run's id in the plan, which the run's events carry.
 */
final class ExampleDescriptor extends AbstractTestDescriptor {
    private final Map<String, Object> row;
    private final String runId;
    private final Set<TestTag> tags;

    ExampleDescriptor(ScenarioDescriptor scenario, int index, ScenarioRun run) {
        super(scenario.getUniqueId().append(Ids.EXAMPLE, String.valueOf(index)),
                name(scenario, index, run.row()), scenario.getSource().orElse(null));
        this.row = run.row();
        this.runId = run.id();
        this.tags = scenario.getTags();
    }

    String runId() {
        return runId;
    }

    /** A name rendered from the row ({@code Plan ${plan}} → {@code Plan basic [1]}) needs no label beside it. */
    private static String name(ScenarioDescriptor scenario, int index, Map<String, Object> row) {
        var s = scenario.scenario();
        if (!s.namesRow(row)) return Names.row(scenario.getDisplayName(), index, row);
        return Names.scenario(scenario.fileName(), s.runName(row)) + " [" + index + "]";
    }

    Map<String, Object> row() {
        return row;
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
