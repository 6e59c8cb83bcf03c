package io.crosscheck.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file found on the classpath is a build's copy ({@code target/test-classes/x.yaml}); the file to name in
 * messages, and to open from the IDE, is its source ({@code src/test/resources/x.yaml}). Maven's and Gradle's layouts
 * are known; the source is used only when it exists with the very same bytes (a filtered resource keeps its copy).
 */
final class SourcePaths {
    /** Build output folder (as path segments) and the source folder it is copied from, relative to the module. */
    private record Layout(List<String> output, String source) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout(List.of("target", "test-classes"), "src/test/resources"),
            new Layout(List.of("target", "classes"), "src/main/resources"),
            new Layout(List.of("build", "resources", "test"), "src/test/resources"),
            new Layout(List.of("build", "resources", "main"), "src/main/resources"));

    private SourcePaths() {
    }

    static Path of(Path copy) {
        Path file = copy.toAbsolutePath().normalize();
        for (Layout layout : LAYOUTS) {
            Optional<Path> source = source(file, layout);
            if (source.isPresent()) return source.get();
        }
        return copy;
    }

    private static Optional<Path> source(Path file, Layout layout) {
        int size = layout.output().size();
        for (int i = file.getNameCount() - 1 - size; i >= 0; i--) {
            boolean matches = true;
            for (int j = 0; j < size && matches; j++) matches = file.getName(i + j).toString().equals(layout.output().get(j));
            if (!matches) continue;
            Path module = i == 0 ? file.getRoot() : file.getRoot().resolve(file.subpath(0, i));
            Path candidate = module.resolve(layout.source()).resolve(file.subpath(i + size, file.getNameCount()));
            return sameBytes(file, candidate) ? Optional.of(candidate) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.isRegularFile(b) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
