package io.crosscheck.steps.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;

class SolrValuesTest {

    @Test
    void aValueInAQueryIsOneLiteralTerm() {
        assertThat(QueryText.term("t-1")).isEqualTo("t\\-1");
        assertThat(QueryText.term("a:b (c) \"d\" e*")).isEqualTo("a\\:b\\ \\(c\\)\\ \\\"d\\\"\\ e\\*");
        assertThat(QueryText.term(42L)).isEqualTo("42");
    }

    @Test
    void aListInAQueryMatchesAnyOfItsValues() {
        assertThat(QueryText.term(List.of("a b", "c"))).isEqualTo("(a\\ b OR c)");
    }

    @Test
    void datesInAQueryAreIso8601() {
        assertThat(QueryText.term(Date.from(Instant.parse("2024-05-01T10:00:00Z")))).isEqualTo("2024\\-05\\-01T10\\:00\\:00Z");
    }

    @Test
    void documentsBecomePlainMapsWithIsoDatesAndWithoutTheVersionField() {
        SolrDocument doc = new SolrDocument();
        doc.setField("id", "1");
        doc.setField("ts", Date.from(Instant.parse("2024-05-01T10:00:00Z")));
        doc.addField("tags_ss", "a");
        doc.addField("tags_ss", "b");
        doc.setField("_version_", 17L);

        Map<String, Object> row = SolrValues.document(doc, false);

        assertThat(row).containsExactly(Map.entry("id", "1"), Map.entry("ts", "2024-05-01T10:00:00Z"),
                Map.entry("tags_ss", List.of("a", "b")));
        assertThat(SolrValues.document(doc, true)).containsEntry("_version_", 17L);
    }
}
