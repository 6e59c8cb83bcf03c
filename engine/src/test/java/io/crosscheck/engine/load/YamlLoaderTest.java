package io.crosscheck.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {
    private final Problems problems = new Problems();

    private List<ConfigNode> load(String yaml) {
        return new YamlLoader().load("f.yaml", yaml, problems);
    }

    private List<String> said() {
        return problems.list().stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()
                + (p.hint().isEmpty() ? "" : " | " + p.hint())).toList();
    }

    @Test
    void valuesAreTypedAsYamlSaysAndPositionedWhereTheyAreWritten() {
        ConfigNode doc = load("a: 1\nb: [yes, 2.5, ~, 'x', \"7\"]\nc:\n  d: !!str 12\n").get(0);
        assertThat(said()).isEmpty();
        assertThat(doc.value()).isEqualTo(Map.of("a", 1L, "b", java.util.Arrays.asList(true, 2.5, null, "x", "7"), "c", Map.of("d", "12")));
        assertThat(doc.entries().get("b").items().get(1).position()).hasToString("f.yaml:2:10");
        assertThat(doc.keyPosition("c")).hasToString("f.yaml:3:1");
        assertThat(doc.entries().get("c").entries().get("d").position()).hasToString("f.yaml:4:6");
    }

    @Test
    void aliasesRepeatTheAnchoredValueAndAScalarAliasMayBeAKey() {
        ConfigNode doc = load("base: &b { x: 1 }\nname: &n who\ncopy: *b\nagain: *n\n*n : 3\n").get(0);
        assertThat(said()).isEmpty();
        assertThat(doc.entries().get("copy").value()).isEqualTo(Map.of("x", 1L));
        assertThat(doc.entries().get("copy").position()).isEqualTo(doc.entries().get("base").position());
        assertThat(doc.entries().get("again").value()).isEqualTo("who");
        assertThat(doc.entries().get("who").value()).isEqualTo(3L);
    }

    @Test
    void anAnchoredKeyCanBeRepeatedAsAValue() {
        ConfigNode doc = load("&k key: 1\nother: *k\n").get(0);
        assertThat(said()).isEmpty();
        assertThat(doc.value()).isEqualTo(Map.of("key", 1L, "other", "key"));
    }

    @Test
    void anAliasOfTheValueItIsInIsRecursive() {
        load("a: &x [1, *x]\n");
        assertThat(said()).containsExactly("1:4 recursive alias: the value anchored here contains itself"
                + " | an alias (*name) may only repeat a value defined before it, outside that value");
    }

    @Test
    void anUndefinedAliasIsInvalidYamlAtTheAlias() {
        load("a: 1\nb: *nowhere\n");
        assertThat(said()).containsExactly("2:4 invalid YAML: found undefined alias nowhere");
    }

    @Test
    void anchorsDoNotReachIntoTheNextDocument() {
        List<ConfigNode> docs = load("a: &x 1\n---\nb: *x\n");
        assertThat(docs).hasSize(1);
        assertThat(said()).containsExactly("3:4 invalid YAML: found undefined alias x");
    }

    @Test
    void aliasesOfCollectionsAreCappedButAliasesOfScalarsAreNot() {
        StringBuilder scalars = new StringBuilder("s: &s x\nl:\n");
        for (int i = 0; i < 50; i++) scalars.append("  - *s\n");
        assertThat(load(scalars.toString()).get(0).entries().get("l").items()).hasSize(50);
        assertThat(said()).isEmpty();

        StringBuilder lists = new StringBuilder("s: &s [x]\nl:\n");
        for (int i = 0; i < 21; i++) lists.append("  - *s\n");
        load(lists.toString());
        assertThat(said()).containsExactly("23:5 invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20");
    }

    @Test
    void anAliasBombIsRefusedAtItsAnchorBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
        for (char c = 'b'; c <= 'h'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThat(load(yaml.toString())).isEmpty();
        assertThat(said()).hasSize(1).first().asString().contains("exceeds the specified max=20");

        String wide = "a: &a [" + "1, ".repeat(19_999) + "1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
        YamlLoaderTest other = new YamlLoaderTest();
        other.load(wide);
        assertThat(other.said()).containsExactly("1:4 document too large: more than 200000 values (nested aliases?)");
    }

    @Test
    void nestingIsCappedAtAHundredLevels() {
        load("a: " + "[".repeat(101) + "]".repeat(101) + "\n");
        assertThat(said()).containsExactly("1:103 invalid YAML: Nesting Depth exceeded max 100");

        YamlLoaderTest deepest = new YamlLoaderTest();
        assertThat(deepest.load("a: " + "[".repeat(99) + "1" + "]".repeat(99) + "\nb: " + "[".repeat(100) + "]".repeat(100) + "\n"))
                .hasSize(1);
        assertThat(deepest.said()).isEmpty();
        YamlLoaderTest deeper = new YamlLoaderTest();
        deeper.load("a: " + "[".repeat(100) + "1" + "]".repeat(100) + "\n");
        assertThat(deeper.said()).containsExactly("1:103 invalid YAML: Nesting Depth exceeded max 100");
    }

    @Test
    void aKeyThatIsNotPlainTextIsReportedAndTheOtherKeysKept() {
        ConfigNode doc = load("? [a, b]\n: 1\nc: 2\n").get(0);
        assertThat(said()).containsExactly("1:3 a key must be plain text");
        assertThat(doc.value()).isEqualTo(Map.of("c", 2L));
    }

    @Test
    void aDuplicateKeyKeepsTheFirstValueAndItsValueIsStillReadAndChecked() {
        ConfigNode doc = load("a: 1\nb: 2\na: &later { x: !custom 1 }\nc: *later\n").get(0);
        assertThat(said()).containsExactly("3:1 duplicate key 'a' | first defined at line 1",
                "3:16 YAML tag '!custom' is not allowed | crosscheck reads plain YAML only: remove the tag");
        assertThat(doc.value()).isEqualTo(Map.of("a", 1L, "b", 2L, "c", Map.of("x", "1")));
    }

    @Test
    void localTagsAreRefusedAndGlobalOnesStopTheDocument() {
        load("a: !thing 1\n");
        assertThat(said()).containsExactly("1:4 YAML tag '!thing' is not allowed | crosscheck reads plain YAML only: remove the tag");

        YamlLoaderTest other = new YamlLoaderTest();
        assertThat(other.load("a: 1\nb: !!java.io.File /etc/passwd\n")).isEmpty();
        assertThat(other.said()).containsExactly("2:4 invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File");
    }

    @Test
    void aKeyIsItsTextWhateverTagYamlWouldGiveItAndAGlobalTagOnAKeyStillStopsTheDocument() {
        ConfigNode doc = load("true: a\n1: b\nnull: c\n~: d\n").get(0);
        assertThat(said()).isEmpty();
        assertThat(doc.entries().keySet()).containsExactly("true", "1", "null", "~");

        YamlLoaderTest other = new YamlLoaderTest();
        assertThat(other.load("a: 1\n!!java.io.File b: 2\n")).isEmpty();
        assertThat(other.said()).containsExactly("2:1 invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File");
    }

    @Test
    void everyDocumentOfTheStreamIsRead() {
        List<ConfigNode> docs = load("a: 1\n---\n- 2\n---\n");
        assertThat(said()).isEmpty();
        assertThat(docs).extracting(ConfigNode::value).containsExactly(Map.of("a", 1L), List.of(2L), null);
    }
}
