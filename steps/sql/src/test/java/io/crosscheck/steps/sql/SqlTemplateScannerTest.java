package io.crosscheck.steps.sql;

import io.crosscheck.steps.sql.SqlTemplateScanner.Misplaced;
import io.crosscheck.steps.sql.SqlTemplateScanner.Where;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTemplateScannerTest {

    @Test
    void placeholdersOutsideQuotesAreFine() {
        assertThat(SqlTemplateScanner.misplaced(
                "SELECT * FROM t WHERE a = ${a} AND b IN (${b}, ${c}) AND d = 'x' AND e = ${e}")).isEmpty();
    }

    @Test
    void aPlaceholderThatIsAWholeStringLiteralIsFoundWithItsOffset() {
        String sql = "SELECT * FROM t WHERE name = '${name}'";
        List<Misplaced> found = SqlTemplateScanner.misplaced(sql);
        assertThat(found).containsExactly(new Misplaced(sql.indexOf("${"), "${name}", Where.STRING_LITERAL, true));
    }

    @Test
    void aPlaceholderInsideALikePatternIsPartOfALiteral() {
        List<Misplaced> found = SqlTemplateScanner.misplaced("SELECT 1 WHERE n LIKE '%${q}%'");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.where()).isEqualTo(Where.STRING_LITERAL);
            assertThat(m.wholeLiteral()).isFalse();
        });
    }

    @Test
    void quotesInsideTheExpressionDoNotOpenASqlLiteral() {
        assertThat(SqlTemplateScanner.misplaced("SELECT 1 WHERE s = ${x == 'a' ? 'it''s' : \"}\"} AND t = ${y}"))
                .isEmpty();
        assertThat(SqlTemplateScanner.misplaced("SELECT 1 WHERE s = ${ {'k': '}'}.k }")).isEmpty();
    }

    @Test
    void doubledQuotesStayInsideTheLiteral() {
        List<Misplaced> found = SqlTemplateScanner.misplaced("SELECT 'O''Brien ${x}', ${y}");
        assertThat(found).extracting(Misplaced::placeholder).containsExactly("${x}");
    }

    @Test
    void escapedStringsDollarQuotesIdentifiersAndCommentsAreSeen() {
        String sql = """
                SELECT E'it\\'s ${a}', $$ ${b} $$, $fn$ ${c} $fn$, "col${d}", `t${e}` -- note ${f}
                /* ${g} */ FROM t WHERE id = ${ok} AND p = $1""";
        assertThat(SqlTemplateScanner.misplaced(sql))
                .extracting(Misplaced::placeholder, Misplaced::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("${a}", Where.STRING_LITERAL),
                        org.assertj.core.groups.Tuple.tuple("${b}", Where.STRING_LITERAL),
                        org.assertj.core.groups.Tuple.tuple("${c}", Where.STRING_LITERAL),
                        org.assertj.core.groups.Tuple.tuple("${d}", Where.QUOTED_IDENTIFIER),
                        org.assertj.core.groups.Tuple.tuple("${e}", Where.QUOTED_IDENTIFIER),
                        org.assertj.core.groups.Tuple.tuple("${f}", Where.COMMENT),
                        org.assertj.core.groups.Tuple.tuple("${g}", Where.COMMENT));
    }

    @Test
    void aLiteralDollarBraceIsNoPlaceholder() {
        assertThat(SqlTemplateScanner.misplaced("SELECT '$${not a placeholder}'")).isEmpty();
    }

    @Test
    void theFirstKeywordSkipsCommentsAndParentheses() {
        assertThat(SqlTemplateScanner.firstKeyword("-- seed\n /* x */ (select 1)")).isEqualTo("SELECT");
        assertThat(SqlTemplateScanner.firstKeyword("  insert into t values (1)")).isEqualTo("INSERT");
        assertThat(SqlTemplateScanner.firstKeyword("")).isEmpty();
    }
}
