package io.crosscheck.steps.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The YAML examples of a module's README, for a test that keeps them valid: each {@code ```yaml} block's text. */
public final class ReadmeExamples {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    private ReadmeExamples() {
    }

    public static List<String> yamlBlocks(Path readme) {
        try {
            String text = Files.readString(readme);
            List<String> blocks = new ArrayList<>();
            Matcher m = YAML_BLOCK.matcher(text);
            while (m.find()) blocks.add(m.group(1));
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
