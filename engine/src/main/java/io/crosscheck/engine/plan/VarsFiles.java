package io.crosscheck.engine.plan;

import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Vars files (spec §5, §6): {@code varsFiles:} of crosscheck.yaml (relative to it), then each {@code --vars-file}
 * (relative to the working folder), each one YAML map merged over the ones before. Values keep their templates;
 * they are rendered with the environment's vars, at run time.
 */
final class VarsFiles {
    private final SourceFiles sources;
    private final BiConsumer<ConfigNode, Problems> templates;

    VarsFiles(SourceFiles sources, BiConsumer<ConfigNode, Problems> templates) {
        this.sources = sources;
        this.templates = templates;
    }

    Map<String, Object> read(ProjectConfig config, List<Path> cliFiles, Problems problems) {
        Map<String, Object> vars = new LinkedHashMap<>();
        ConfigNode listed = config.root() == null ? null : config.root().entries().get("varsFiles");
        if (listed != null && listed.kind() != ConfigNode.Kind.NULL) {
            if (!listed.isList()) {
                problems.add(listed, "varsFiles must be a list of files such as [vars/common.yaml]");
            } else {
                for (ConfigNode item : listed.items()) {
                    if (!item.isScalar() || item.text().isBlank()) {
                        problems.add(item, "a vars file must be a path such as vars/common.yaml");
                    } else if (!Files.isRegularFile(config.dir().resolve(item.text()))) {
                        problems.add(item, "no such vars file '" + item.text() + "'", "paths are relative to crosscheck.yaml");
                    } else {
                        vars.putAll(load(config.dir().resolve(item.text()), problems));
                    }
                }
            }
        }
        for (Path file : cliFiles) {
            if (!Files.isRegularFile(file)) {
                problems.add(new Position(SourceFiles.displayName(file), 1, 1), "--vars-file: no such file");
            } else {
                vars.putAll(load(file, problems));
            }
        }
        return vars;
    }

    private Map<String, Object> load(Path file, Problems problems) {
        String name = SourceFiles.displayName(file);
        String text = sources.read(file, name, problems).orElse(null);
        if (text == null) return Map.of();
        List<ConfigNode> docs = new YamlLoader().load(name, text, problems);
        if (docs.size() > 1) problems.add(docs.get(1), "a vars file holds one map, found " + docs.size() + " documents");
        if (docs.isEmpty() || docs.get(0).kind() == ConfigNode.Kind.NULL) return Map.of();
        ConfigNode map = docs.get(0);
        if (!map.isMap()) {
            problems.add(map, "a vars file must be a map of NAME: VALUE");
            return Map.of();
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        map.entries().forEach((k, v) -> {
            templates.accept(v, problems);
            vars.put(k, v.value());
        });
        return vars;
    }
}
