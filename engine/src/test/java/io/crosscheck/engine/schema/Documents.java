package io.crosscheck.engine.schema;

import io.crosscheck.engine.load.SourceFile;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.util.List;

/** YAML text to position-aware documents, as the engine loads scenario files. */
final class Documents {
    private Documents() {
    }

    static List<ConfigNode> load(String name, String yaml) {
        Problems problems = new Problems();
        List<ConfigNode> docs = new YamlLoader().load(SourceFile.of(name, yaml), yaml, problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException("not YAML: " + problems.list());
        return docs;
    }

    static ConfigNode one(String yaml) {
        return load("s.yaml", yaml).get(0);
    }
}
