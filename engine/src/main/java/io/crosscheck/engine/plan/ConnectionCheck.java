package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Problems;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Checks every connection a step names against the chosen environment, before anything runs. */
final class ConnectionCheck {
    private final Environment environment;

    ConnectionCheck(Environment environment) {
        this.environment = environment;
    }

    void check(List<Scenario> scenarios, Problems problems) {
        for (Scenario s : scenarios) {
            Stream.of(s.setup(), s.steps(), s.teardown()).flatMap(List::stream).forEach(step -> check(step, problems));
        }
    }

    /** The run-level setup and teardown of crosscheck.yaml, as a scenario's steps. */
    void check(io.crosscheck.engine.model.RunHooks hooks, Problems problems) {
        Stream.of(hooks.setup(), hooks.teardown()).flatMap(List::stream).forEach(step -> check(step, problems));
    }

    private void check(Step step, Problems problems) {
        if (step.config() instanceof io.crosscheck.engine.model.FragmentUse use) {
            use.fragment().steps().forEach(s -> check(s, problems)); // a fragment used twice reports once per use
            return;
        }
        if (step.parsed() != null) checkRefs(step.parsed().connections(), problems);
    }

    /** The connections crosscheck.yaml's evidence sources name. */
    void checkEvidence(List<io.crosscheck.engine.model.EvidenceSpec> sources, Problems problems) {
        sources.forEach(s -> checkRefs(s.source().connections(s.config()), problems));
    }

    private void checkRefs(List<ConnectionRef> refs, Problems problems) {
        for (ConnectionRef ref : refs) {
            Map<String, Object> section = environment.section(ref.kind());
            String where = "environment '" + environment.name() + "'";
            if (ref.name() == null) {
                if (section.isEmpty()) {
                    problems.add(ref.position(), "no " + ref.kind() + " connection is configured in " + where,
                            "add one under environments." + environment.name() + "." + ref.kind() + " in crosscheck.yaml");
                } else if (section.size() > 1) {
                    problems.add(ref.position(), "several " + ref.kind() + " connections in " + where + " ("
                            + String.join(", ", section.keySet()) + "): name the one to use");
                }
            } else if (!ref.name().contains("${") && !section.containsKey(ref.name())) {
                String hint = Suggestions.closest(ref.name(), section.keySet()).map(c -> "did you mean '" + c + "'?")
                        .orElse(section.isEmpty() ? "none configured" : "configured: " + String.join(", ", section.keySet()));
                problems.add(ref.position(), "unknown " + ref.kind() + " connection '" + ref.name() + "' in " + where, hint);
            }
        }
    }
}
