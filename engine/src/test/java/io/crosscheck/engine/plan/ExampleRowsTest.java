package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matrix examples: the cross product of lists, and each bad shape a problem at its position. */
class ExampleRowsTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return Crosscheck.validate(RunOptions.of(file));
    }

    private RunResult run(String yaml) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        return Crosscheck.run(RunOptions.of(dir));
    }


    @Test
    void aMatrixRunsTheCrossProductInTheOrderOfANestedLoopOverItsKeys() throws IOException {
        var r = run("""
                scenario: plans
                steps:
                  - assert: [ "plan != null && region != null" ]
                examples: { matrix: { plan: [basic, premium], region: [eu, us] } }
                """);
        assertThat(r.scenarios()).extracting(ScenarioResult::exampleRow).containsExactly(
                Map.of("plan", "basic", "region", "eu"), Map.of("plan", "basic", "region", "us"),
                Map.of("plan", "premium", "region", "eu"), Map.of("plan", "premium", "region", "us"));
        assertThat(r.scenarios()).allMatch(s -> s.status() == Status.PASSED);
    }

    @Test
    void matrixValuesKeepTheirYamlTypes() throws IOException {
        var r = run("""
                scenario: typed
                steps:
                  - assert: [ "n + 1 > 1", "flag == true" ]
                examples:
                  matrix:
                    n: [1, 2, 3]
                    flag: [true]
                """);
        assertThat(r.scenarios()).hasSize(3).allMatch(s -> s.status() == Status.PASSED);
    }

    @Test
    void aMatrixValueThatIsNotAListIsAProblemAtTheValue() throws IOException {
        assertThat(problems("""
                scenario: plans
                steps:
                  - assert: [ "true" ]
                examples:
                  matrix:
                    plan: basic
                    region: []
                """)).extracting(ProblemLines::at).containsExactly(
                "6:11 matrix value 'plan' must be a list such as [basic, premium]",
                "7:13 matrix value 'region' is empty | give it at least one value, or remove it");
    }

    @Test
    void aMatrixThatIsNotAMapIsAProblem() throws IOException {
        assertThat(problems("""
                scenario: plans
                steps:
                  - assert: [ "true" ]
                examples: { matrix: [basic, premium] }
                """)).extracting(ProblemLines::at).containsExactly(
                "4:21 matrix must be a map of NAME: [values], such as { plan: [basic, premium] }");
    }

    @Test
    void aMatrixOfMoreThanTenThousandRowsIsAProblem() throws IOException {
        String hundred = "[" + String.join(", ", java.util.stream.IntStream.range(0, 100).mapToObj(String::valueOf).toList()) + "]";
        assertThat(problems("""
                scenario: plans
                steps:
                  - assert: [ "true" ]
                examples:
                  matrix:
                    a: %s
                    b: %s
                    c: [1, 2]
                """.formatted(hundred, hundred))).extracting(ProblemLines::at).containsExactly(
                "6:5 matrix gives more than 10000 rows | use fewer values, or split the scenario");
    }

    @Test
    void aMatrixKeyWithTheNameOfAVarIsAProblem() throws IOException {
        assertThat(problems("""
                scenario: plans
                vars: { plan: x }
                steps:
                  - assert: [ "true" ]
                examples: { matrix: { plan: [basic] } }
                """)).extracting(ProblemLines::at).containsExactly(
                "5:23 example column 'plan' has the name of one of the scenario's vars, which would hide it"
                        + " | rename the column or the var");
    }

    @Test
    void csvCellsAreTypedLikeYamlPlainScalarsAndAQuotedCellStaysText() throws IOException {
        Files.writeString(dir.resolve("rows.csv"), """
                id,price,active,note,code,quoted
                42, 12.5 ,true,,007,"17"

                "x, y",-1,false,"",abc,"a ""b"" ,
                c"
                """);
        var r = run("""
                scenario: typed
                steps:
                  - assert: [ "true" ]
                examples: { csv: rows.csv }
                """);
        var first = new java.util.LinkedHashMap<String, Object>();
        first.put("id", 42L);
        first.put("price", 12.5);
        first.put("active", true);
        first.put("note", null);
        first.put("code", 7L);
        first.put("quoted", "17");
        var second = new java.util.LinkedHashMap<String, Object>();
        second.put("id", "x, y");
        second.put("price", -1L);
        second.put("active", false);
        second.put("note", "");
        second.put("code", "abc");
        second.put("quoted", "a \"b\" ,\nc");
        assertThat(r.scenarios()).extracting(ScenarioResult::exampleRow).containsExactly(first, second);
    }

    @Test
    void aTypedCsvCellComparesAsANumberAndAnEmptyOneAsNull() throws IOException {
        Files.writeString(dir.resolve("plans.csv"), "plan,price,discount\nbasic,10,\npremium,20,\"\"\n");
        var r = run("""
                scenario: csv
                steps:
                  - assert: [ "price + 1 > 10", "plan == 'basic' ? discount == null : discount == ''" ]
                examples: { csv: plans.csv }
                """);
        assertThat(r.scenarios()).hasSize(2).allMatch(s -> s.status() == Status.PASSED);
    }

    @Test
    void aNameWithTheRowsValuesIsRenderedAndNeedsNoRowLabel() throws IOException {
        var r = run("""
                scenario: Plan ${plan} in ${region}
                steps:
                  - assert: [ "true" ]
                examples: { matrix: { plan: [basic, premium], region: [eu, us] } }
                """);
        assertThat(r.scenarios()).extracting(ScenarioResult::displayName).containsExactly(
                "Plan basic in eu", "Plan basic in us", "Plan premium in eu", "Plan premium in us");
        assertThat(r.scenarios().get(0).exampleRow()).containsEntry("plan", "basic").containsEntry("region", "eu");
    }

    @Test
    void aNameThatDoesNotTellTheRowsApartKeepsTheRowLabel() throws IOException {
        var r = run("""
                scenario: Plan ${plan.toUpperCase()}
                vars: { currency: EUR }
                steps:
                  - assert: [ "true" ]
                examples:
                  - { plan: basic, price: 10 }
                  - { plan: basic, price: 12 }
                """);
        assertThat(r.scenarios()).extracting(ScenarioResult::displayName).containsExactly(
                "Plan BASIC [plan=basic, price=10]", "Plan BASIC [plan=basic, price=12]");
    }

    @Test
    void aNameMayUseVarsWrittenAsPlainValuesAndCsvColumns() throws IOException {
        Files.writeString(dir.resolve("ids.csv"), "ID\n1001\n1002\n");
        var r = run("""
                scenario: ID=${ID} in ${currency}
                vars: { currency: EUR }
                steps:
                  - assert: [ "ID > 1000" ]
                examples: { csv: ids.csv }
                """);
        assertThat(r.scenarios()).extracting(ScenarioResult::displayName, ScenarioResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ID=1001 in EUR", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("ID=1002 in EUR", Status.PASSED));
    }

    @Test
    void aNameWithAVariableOutsideTheRowAndThePlainVarsIsAProblemAtTheName() throws IOException {
        assertThat(problems("""
                scenario: Plan ${plan} for ${customerId}
                vars: { customerId: "${randomInt(1, 9)}" }
                steps:
                  - assert: [ "true" ]
                examples: [ { plan: basic } ]
                """)).extracting(ProblemLines::at).containsExactly("1:11 bad expression in the scenario's name: undefined"
                + " variable 'customerId' (in: customerId) | a name may use the example row's columns and vars written as"
                + " plain values (a var computed with ${...} is known only when the scenario runs)");
    }

    @Test
    void aNameWithBadSyntaxIsAProblemAtTheName() throws IOException {
        assertThat(problems("""
                scenario: Plan ${plan +}
                steps:
                  - assert: [ "true" ]
                examples: [ { plan: basic } ]
                """)).extracting(ProblemLines::at).singleElement().asString().startsWith("1:11 bad expression: ");
    }
}
