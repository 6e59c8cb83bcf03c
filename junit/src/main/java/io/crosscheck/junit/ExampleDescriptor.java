package io.crosscheck.junit;

import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One example row of a scenario, the container of the steps run with it; its unique id holds the row's number. */
final class ExampleDescriptor extends AbstractTestDescriptor {
    private final Map<String, Object> row;
    private final Set<TestTag> tags;

    ExampleDescriptor(ScenarioDescriptor scenario, int index, Map<String, Object> row) {
        super(scenario.getUniqueId().append(Ids.EXAMPLE, String.valueOf(index)),
                name(scenario, index, row), scenario.getSource().orElse(null));
        this.row = row;
        this.tags = scenario.getTags();
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
