package io.crosscheck.junit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.Reports;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The scenarios of one project folder (the folder of its crosscheck.yaml), prepared once at discovery: one run
 * shares connections between all its scenarios. {@code crosscheck} is null when the project's config is invalid.
 */
final class ProjectRun {
    private final Crosscheck crosscheck;
    private final Optional<Path> reportDir;

    ProjectRun(Crosscheck crosscheck, Optional<Path> reportDir) {
        this.crosscheck = crosscheck;
        this.reportDir = reportDir;
    }

    /**
     * Runs the plan's runs of these ids (those the launcher kept), sending live events to {@code events}; writes
     * reports if asked to. The result holds the run-level setup and teardown too, under ids of their own.
     */
    RunResult run(Collection<String> runIds, RunListener events) {
        try {
            RunResult result = crosscheck.only(runIds).run(events);
            if (reportDir.isPresent()) Reports.write(result, reportDir.get(), ScenarioFiles.loader());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + reportDir.orElseThrow(), e);
        }
    }
}
