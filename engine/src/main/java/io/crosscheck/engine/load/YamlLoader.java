package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.Problems;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Composes YAML into position-aware nodes without constructing any Java object: no custom tags, a cap on
 * aliases, nesting and size, so hostile documents fail at once with a position.
 */
public final class YamlLoader {
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_NODES = 200_000;

    /** Every document of the text; problems (syntax, tags, duplicates, bombs) are added with positions. */
    public List<ConfigNode> load(SourceFile source, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<ConfigNode> documents = new ArrayList<>();
        try {
            YamlNodeBuilder builder = new YamlNodeBuilder(source.name(), problems, MAX_NODES);
            for (Node node : yaml.composeAll(new java.io.StringReader(text))) {
                if (node != null) documents.add(builder.build(node));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? new Position(source.name(), 1, 1)
                    : new Position(source.name(), mark.getLine() + 1, mark.getColumn() + 1);
            String message = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() == null ? "" : e.getContext();
            problems.add(at, "invalid YAML: " + message.trim(), context.trim());
        } catch (YAMLException e) {
            problems.add(new Position(source.name(), 1, 1), "invalid YAML: " + firstLine(e.getMessage()));
        } catch (YamlNodeBuilder.TooLarge e) {
            problems.add(e.position(), e.getMessage());
        }
        return documents;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
