package io.crosscheck.junit;

import io.crosscheck.engine.plan.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * Finds scenario files from a discovery request: files, directories, classpath resources (a file or a folder),
 * packages and classpath roots, and the unique ids of earlier runs. In folders a YAML file counts when it has a
 * top-level {@code scenario:} key, so application.yaml and friends are left alone.
 */
final class ScenarioFiles {
    private static final Pattern SCENARIO_KEY = Pattern.compile("(?m)^scenario\\s*:");

    private ScenarioFiles() {
    }

    static Selections select(EngineDiscoveryRequest request, UniqueId engineId) {
        Selections out = new Selections();
        for (FileSelector s : request.getSelectorsByType(FileSelector.class)) {
            if (isYaml(s.getPath())) out.file(s.getPath());
        }
        for (DirectorySelector s : request.getSelectorsByType(DirectorySelector.class)) folder(s.getPath(), out);
        ClassLoader loader = loader();
        // classpath files are the build's copies: their sources are what messages and the IDE should name
        Selections classpath = new Selections();
        for (ClasspathResourceSelector s : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            String name = s.getClasspathResourceName().replaceAll("^/+", "");
            for (Path p : resources(loader, name)) {
                if (Files.isDirectory(p)) folder(p, classpath);
                else if (isYaml(p)) classpath.file(p);
            }
        }
        for (PackageSelector s : request.getSelectorsByType(PackageSelector.class)) {
            for (Path p : resources(loader, s.getPackageName().replace('.', '/'))) folder(p, classpath);
        }
        for (ClasspathRootSelector s : request.getSelectorsByType(ClasspathRootSelector.class)) {
            path(s.getClasspathRoot()).filter(Files::isDirectory).ifPresent(p -> folder(p, classpath));
        }
        for (Path p : classpath.files()) out.file(SourcePaths.of(p));
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) uniqueId(s.getUniqueId(), engineId, out);
        return out;
    }

    /** {@code [engine:crosscheck]/[file:PATH]/[scenario:LINE]/[example:N]/...}: the file, scenario and row it names. */
    private static void uniqueId(UniqueId id, UniqueId engineId, Selections out) {
        if (!id.hasPrefix(engineId)) return;
        List<UniqueId.Segment> segments = id.getSegments();
        if (segments.size() == 1) return; // the engine itself: nothing more specific to select
        if (!segments.get(1).getType().equals(Ids.FILE)) return;
        Path file = Path.of(segments.get(1).getValue());
        if (segments.size() == 2) {
            out.file(file);
            return;
        }
        int line = Integer.parseInt(segments.get(2).getValue());
        Integer row = segments.size() > 3 && segments.get(3).getType().equals(Ids.EXAMPLE)
                ? Integer.valueOf(segments.get(3).getValue()) : null;
        out.scenario(file, line, row);
    }

    private static void folder(Path dir, Selections out) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(ScenarioFiles::isYaml).filter(ScenarioFiles::holdsScenario)
                    .sorted().forEach(out::file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.matches(".*\\.ya?ml") && !name.equals(ConfigLoader.FILE_NAME);
    }

    private static boolean holdsScenario(Path p) {
        try {
            return SCENARIO_KEY.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** Folders and files of the classpath with this name; resources inside jars are not scenario folders. */
    private static List<Path> resources(ClassLoader loader, String name) {
        try {
            Enumeration<URL> urls = loader.getResources(name);
            java.util.ArrayList<Path> out = new java.util.ArrayList<>();
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) out.add(Path.of(url.toURI()));
            }
            return out;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list classpath resource " + name, e);
        }
    }

    private static java.util.Optional<Path> path(URI uri) {
        return uri.getScheme() != null && uri.getScheme().equals("file") ? java.util.Optional.of(Path.of(uri)) : java.util.Optional.empty();
    }

    static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ScenarioFiles.class.getClassLoader();
    }
}
