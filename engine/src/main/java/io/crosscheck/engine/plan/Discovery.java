package io.crosscheck.engine.plan;

import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files of a run (spec §5): every {@code *.yaml}/{@code *.yml} below the given folders, except
 * crosscheck.yaml, hidden and build folders, and what {@code exclude} names. A glob is matched against the path
 * relative to crosscheck.yaml's folder; one that matches a folder ({@code vars}) leaves out all below it. A file
 * named on the command line is always read: it was asked for.
 */
final class Discovery {
    private final Path projectDir;
    private final List<PathMatcher> excluded;

    Discovery(Path projectDir, List<String> exclude) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.excluded = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    List<Path> files(List<Path> paths, Problems problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                            .filter(f -> !f.getFileName().toString().equals(ConfigLoader.FILE_NAME))
                            .filter(f -> !hiddenOrBuild(p.relativize(f).getParent()))
                            .filter(f -> !excluded(f))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(new Position(SourceFiles.displayName(p), 1, 1), "cannot read folder: " + e.getMessage());
                }
            } else {
                problems.add(new Position(SourceFiles.displayName(p), 1, 1), "no such file or folder");
            }
        }
        return files;
    }

    private boolean excluded(Path file) {
        if (excluded.isEmpty()) return false;
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(projectDir)) return false;
        for (Path rel = projectDir.relativize(absolute); rel != null; rel = rel.getParent()) {
            Path candidate = rel;
            if (excluded.stream().anyMatch(m -> m.matches(candidate))) return true;
        }
        return false;
    }

    /** How to leave a file that is not a scenario out: its path in {@code exclude}. */
    String excludeHint(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(projectDir)) return "move it out of the scenario folder";
        String rel = projectDir.relativize(absolute).toString().replace('\\', '/');
        return "if it is not a scenario, add it to exclude: in " + ConfigLoader.FILE_NAME + ", e.g. exclude: [" + rel + "]";
    }

    private static boolean hiddenOrBuild(Path relativeDir) {
        if (relativeDir == null) return false;
        for (Path part : relativeDir) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("target") || s.equals("node_modules")) return true;
        }
        return false;
    }
}
