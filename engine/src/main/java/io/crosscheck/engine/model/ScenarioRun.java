package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Phase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of the plan: a scenario, or one example row of it, with its id: the scenario's file (from the project
 * folder, {@code /}-separated) and line ({@code orders/new.yaml:3}), and for a row its number among the scenario's rows
 * ({@code orders/new.yaml:3#2}). The id is the same in every plan of the same files, wherever the run starts and
 * whatever the selection keeps, and two identical rows have two ids.
 */
public record ScenarioRun(String id, Scenario scenario, Map<String, Object> row) {

    public ScenarioRun {
        row = row == null ? Map.of() : row;
    }

    /** The runs of scenarios in plan order: scenario by scenario, row by row; {@code projectDir} is where ids start. */
    public static List<ScenarioRun> of(Path projectDir, List<Scenario> scenarios) {
        List<ScenarioRun> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            String id = id(projectDir, s);
            if (s.examples().isEmpty()) out.add(new ScenarioRun(id, s, Map.of()));
            for (int i = 0; i < s.examples().size(); i++) out.add(new ScenarioRun(id + "#" + (i + 1), s, s.examples().get(i)));
        }
        return out;
    }

    /** A scenario run once, with no row (the run-level setup and teardown). */
    public static ScenarioRun once(Path projectDir, Scenario scenario) {
        return new ScenarioRun(id(projectDir, scenario), scenario, Map.of());
    }

    private static String id(Path projectDir, Scenario s) {
        String file = s.file() == null ? s.position().file() : relative(projectDir, s.file());
        return file + ":" + s.position().line();
    }

    private static String relative(Path projectDir, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path dir = projectDir == null ? null : projectDir.toAbsolutePath().normalize();
        Path shown = dir != null && f.startsWith(dir) ? dir.relativize(f) : f;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }

    /** The id of this run's {@code number}th step (1-based) of {@code phase}: {@code orders.yaml:3#2/setup-1}. */
    public String stepId(Phase phase, int number) {
        return id + "/" + phase.name().toLowerCase(Locale.ROOT) + "-" + number;
    }

    /** The id of the {@code number}th step (1-based) of the fragment a use step ran. */
    public static String fragmentStepId(String useStepId, int number) {
        return useStepId + "/" + number;
    }
}
