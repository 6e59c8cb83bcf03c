package io.crosscheck.junit;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One example row of a scenario ({@code [plan=basic]}), the container of the steps run with it. */
final class ExampleDescriptor extends AbstractTestDescriptor {
    private final int index;
    private final Map<String, Object> row;
    private final Set<TestTag> tags;

    ExampleDescriptor(ScenarioDescriptor scenario, int index, Map<String, Object> row) {
        super(scenario.getUniqueId().append(Ids.EXAMPLE, String.valueOf(index)), "[" + label(row) + "]",
                scenario.getSource().orElse(null));
        this.index = index;
        this.row = row;
        this.tags = scenario.getTags();
    }

    /** The row as the engine labels it in reports: {@code plan=basic, price=5}. */
    static String label(Map<String, Object> row) {
        return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    int index() {
        return index;
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
