package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input the corpus cannot hold as a file (too large) and what must still be accepted beside it. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: costs no disk, and reading it would cost 50 MB and more
        }
        long before = usedMemory();
        List<Problem> problems = Crosscheck.validate(RunOptions.of(file));
        assertThat(problems).extracting(Problem::message).containsExactly("file too large: 50.0 MB, the limit is 10.0 MB");
        assertThat(problems.get(0).hint()).isEqualTo("split it into smaller files");
        assertThat(problems.get(0).position().line()).isEqualTo(1);
        assertThat(usedMemory() - before).isLessThan(40L * 1024 * 1024);
    }

    @Test
    void aByteThatIsNotUtf8IsShownAtItsLineAndColumnWithTheLine() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.write(file, "scenario: x\nsteps:\n  - assert: [1 == 1] # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> problems = Crosscheck.validate(RunOptions.of(file));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).format()).endsWith("s.yaml:3:27: error: not UTF-8: byte 0xE9 is not valid here"
                + " (save the file as UTF-8)\n  " + "  - assert: [1 == 1] # caf\uFFFD\n  " + " ".repeat(26) + "^");
    }

    @Test
    void aCaretUnderALineWithALineSeparatorPointsAtTheSameLineAsItsNumber() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "scenario: x\n# a\u2028b\nsteps:\n  - asert: [1 == 1]\n");
        Problem p = Crosscheck.validate(RunOptions.of(file)).get(0);
        assertThat(p.position().line()).isEqualTo(4);
        assertThat(p.sourceLine()).isEqualTo("  - asert: [1 == 1]");
        assertThat(p.format()).endsWith("  - asert: [1 == 1]\n      ^");
    }

    @Test
    void aLineSeparatorInsideAValueIsKept() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "scenario: x\nvars: { a: \"1\u20282\", b: 3\u0085 }\nsteps:\n  - assert: [1 == 1]\n");
        Crosscheck prepared = Crosscheck.prepare(RunOptions.of(file));
        assertThat(prepared.plan().scenarios().get(0).vars()).containsEntry("a", "1\u20282").containsEntry("b", "3\u0085");
    }

    @Test
    void aCsvWithTheByteOrderMarkSpreadsheetsWriteIsReadWithoutIt() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.write(dir.resolve("data/plans.csv"), "\uFEFFplan,price\nbasic,1\n\"premium, yearly\",2\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "scenario: x\nexamples: { csv: data/plans.csv }\nsteps:\n  - assert: [1 == 1]\n");
        Scenario s = Crosscheck.prepare(RunOptions.of(file)).plan().scenarios().get(0);
        assertThat(s.examples()).containsExactly(Map.of("plan", "basic", "price", 1L), Map.of("plan", "premium, yearly", "price", 2L));
    }

    @Test
    void aCsvProblemShowsTheCsvLineUnderIt() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/plans.csv"), "plan,price,region\nbasic,1,eu\npremium,2,eu,x\n");
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "scenario: x\nexamples: { csv: data/plans.csv }\nsteps:\n  - assert: [1 == 1]\n");
        Problem p = Crosscheck.validate(RunOptions.of(file)).get(0);
        assertThat(p.format()).endsWith("plans.csv:3:1: error: row has 4 cells, the header has 3"
                + " (give every row one cell per column; quote a cell that holds a comma)\n  premium,2,eu,x\n  ^");
    }

    @Test
    void aSchemaIsJudgedByTheRulesOfItsOwnDraft() throws IOException {
        Files.writeString(dir.resolve("pair.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": [{"type": "string"}, {"type": "number"}]}
                """);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                scenario: x
                steps:
                  - assert: [1 == 1]
                    expect:
                      passed: { schema: pair.json }
                      failed: { schema: { type: object, required: id } }
                """);
        assertThat(Crosscheck.validate(RunOptions.of(file))).extracting(p -> p.position().line() + ":" + p.position().column() + " " + p.message())
                .containsExactly("6:25 bad JSON Schema: $.required: string found, array expected");
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        r.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
