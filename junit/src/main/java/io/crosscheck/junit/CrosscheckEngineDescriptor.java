package io.crosscheck.junit;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The engine's root, which remembers every file that could not be loaded: a tag filter ({@code -Dgroups=smoke}) drops
 * the "invalid input" test of such a file, since its scenarios and tags are unknown, and then the root itself fails
 * with the problems, so that a broken file never passes unseen.
 */
final class CrosscheckEngineDescriptor extends EngineDescriptor {
    private final List<ProblemDescriptor> problems = new ArrayList<>();

    CrosscheckEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "crosscheck");
    }

    void problems(ProblemDescriptor file) {
        problems.add(file);
    }

    /** The problems whose tests the launcher's filters removed. */
    List<ProblemDescriptor> filteredOut() {
        return problems.stream().filter(p -> findByUniqueId(p.getUniqueId()).isEmpty()).toList();
    }
}
