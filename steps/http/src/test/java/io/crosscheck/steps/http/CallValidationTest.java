package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallValidationTest {
    @TempDir
    Path dir;

    private List<Problem> validate(String scenario) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.validate(RunOptions.of(dir));
    }

    @Test
    void aMaxBodySizeThatIsNotASizeIsReportedAtItsValue() throws Exception {
        List<Problem> problems = validate("""
                scenario: bad size
                steps:
                  - call:
                      url: http://127.0.0.1:9/x
                      maxBodySize: 2TB
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position().line() + ":" + problems.get(0).position().column()).isEqualTo("5:20");
        assertThat(problems.get(0).message()).isEqualTo("maxBodySize: '2TB' is not a size between 1 B and 1 GB (e.g. 16MB, 512KB)");
    }

    @Test
    void sizesInEveryUnitAreValid() throws Exception {
        assertThat(validate("""
                scenario: sizes
                vars: { limit: 1MB }
                steps:
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 100 }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 512KB }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 16mb }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 1GB }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: "${limit}" }
                """)).isEmpty();
    }
    private static String at(Problem p) {
        return p.position().line() + ":" + p.position().column() + " " + p.message();
    }

    @Test
    void aMissingFileOfABodyOrAPartIsReportedAtItsPath() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/there.json"), "{}");
        List<Problem> problems = validate("""
                scenario: files
                steps:
                  - call: { method: POST, url: http://127.0.0.1:9/x, body: { file: data/there.json } }
                  - call: { method: POST, url: http://127.0.0.1:9/x, body: { file: data/order.json } }
                  - call:
                      method: POST
                      url: http://127.0.0.1:9/x
                      multipart:
                        note: text
                        upload: { file: data/meter.png, contentType: image/png }
                  - call: { method: POST, url: http://127.0.0.1:9/x, body: { file: "${name}" } }
                """);
        assertThat(problems).extracting(CallValidationTest::at).containsExactly(
                "4:68 body.file: file not found: " + dir.toAbsolutePath().resolve("data/order.json"),
                "10:25 multipart.upload.file: file not found: " + dir.toAbsolutePath().resolve("data/meter.png"));
    }

    /** The rules of {@link CallConfig}'s records: one scheme, cert with key, one body, a method or a template. */
    @Test
    void authTlsTimeoutAndBodiesAreCheckedWhereTheyAreWritten() throws Exception {
        List<Problem> problems = validate("""
                scenario: shapes
                steps:
                  - call: { url: http://127.0.0.1:9/x, auth: { basic: { user: a }, bearer: t } }
                  - call: { url: http://127.0.0.1:9/x, auth: { basic: { password: p } } }
                  - call: { url: http://127.0.0.1:9/x, tls: { cert: c.pem } }
                  - call: { url: http://127.0.0.1:9/x, timeout: soon }
                  - call: { method: POST, url: http://127.0.0.1:9/x, json: {}, multipart: { a: b } }
                  - call: { method: POST, url: http://127.0.0.1:9/x, multipart: { a: { file: s.yaml, type: x } } }
                """);
        assertThat(problems).extracting(CallValidationTest::at).containsExactly(
                "3:46 auth takes one of basic, bearer",
                "4:55 missing key 'user'",
                "5:45 tls needs cert and key together (a client certificate and its private key, PEM)",
                "5:53 tls.cert: file not found: " + dir.toAbsolutePath().resolve("c.pem"),
                "6:49 timeout: 'soon' is not a duration (e.g. 5s, 250ms)",
                "7:11 a call has at most one of json, body, form, multipart",
                "8:86 unknown key 'type'");
    }

    @Test
    void aMethodIsOneOfTheHttpMethodsInAnyCaseOrATemplate() throws Exception {
        List<Problem> problems = validate("""
                scenario: methods
                steps:
                  - call: { method: post, url: http://127.0.0.1:9/x }
                  - call: { method: "${verb}", url: http://127.0.0.1:9/x }
                  - call: { method: FETCH, url: http://127.0.0.1:9/x }
                  - call: { url: http://127.0.0.1:9/x, auth: {} }
                  - call: { url: http://127.0.0.1:9/x, body: [a] }
                """);
        assertThat(problems).extracting(CallValidationTest::at).containsExactly(
                "5:21 unknown value 'FETCH'",
                "6:46 auth takes one of basic, bearer",
                "7:46 expected text or a map with keys file, got a list");
        assertThat(problems.get(0).hint()).isEqualTo("one of: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS");
    }
}
