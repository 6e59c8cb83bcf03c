package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into position-aware nodes without constructing any Java object: no custom tags, a cap on
 * aliases, nesting and size, so hostile documents fail at once with a position.
 */
public final class YamlLoader {
    static final int MAX_CODE_POINTS = (int) SourceFiles.MAX_BYTES;
    static final int MAX_ALIASES = 20;
    static final int MAX_NODES = 200_000;

    /** Every document of the text; problems (syntax, tags, duplicates, bombs) are added with positions. */
    public List<ConfigNode> load(SourceFile source, String text, Problems problems) {
        return load(source.name(), text, problems);
    }

    /** Every document of the text of the file known as {@code name} in messages. */
    public List<ConfigNode> load(String name, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        // read event by event rather than through Yaml, to know where the parser was when a limit stopped it
        StreamReader reader = new StreamReader(EditorLines.hide(text));
        LastEventParser parser = new LastEventParser(new ParserImpl(reader, options));
        List<ConfigNode> documents = new ArrayList<>();
        try {
            YamlNodeBuilder builder = new YamlNodeBuilder(name, problems, MAX_NODES, parser, options);
            while (builder.hasDocument()) documents.add(builder.document());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? new Position(name, 1, 1)
                    : new Position(name, mark.getLine() + 1, mark.getColumn() + 1);
            String message = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() == null ? "" : e.getContext();
            problems.add(at, "invalid YAML: " + EditorLines.restore(message.trim()), EditorLines.restore(context.trim()));
        } catch (YAMLException e) {
            Mark mark = parser.lastMark() != null ? parser.lastMark() : reader.getMark();
            problems.add(new Position(name, mark.getLine() + 1, mark.getColumn() + 1), "invalid YAML: " + firstLine(e.getMessage()));
        } catch (YamlNodeBuilder.Refused e) {
            problems.add(e.position(), e.getMessage(), e.hint());
        }
        return documents;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
