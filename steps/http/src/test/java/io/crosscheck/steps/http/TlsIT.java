package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS calls to the JDK's HttpsServer: a self-signed certificate, and one that requires a client certificate. */
class TlsIT {
    static HeldCertificate selfSigned;
    static HeldCertificate ca;
    static HeldCertificate client;
    static TlsServer plain;
    static TlsServer mutual;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        selfSigned = new HeldCertificate.Builder().commonName("self-signed").addSubjectAlternativeName("127.0.0.1").build();
        plain = new TlsServer(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build(), false);
        ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("test ca").build();
        HeldCertificate server = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();
        client = new HeldCertificate.Builder().commonName("qa-client").rsa2048().signedBy(ca).build();
        mutual = new TlsServer(new HandshakeCertificates.Builder().heldCertificate(server, ca.certificate())
                .addTrustedCertificate(ca.certificate()).build(), true);
    }

    @AfterAll
    static void stop() {
        plain.close();
        mutual.close();
    }

    private RunResult run(String http, String scenario) throws IOException {
        Path certs = Files.createDirectories(dir.resolve("certs"));
        Files.writeString(certs.resolve("self.pem"), selfSigned.certificatePem());
        Files.writeString(certs.resolve("ca.pem"), ca.certificatePem());
        Files.writeString(certs.resolve("client.pem"), client.certificatePem());
        Files.writeString(certs.resolve("client-key.pem"), client.privateKeyPkcs8Pem());
        Files.writeString(certs.resolve("client-rsa-key.pem"), client.privateKeyPkcs1Pem());
        Files.writeString(certs.resolve("bad.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("crosscheck.yaml"), "environments:\n  local:\n    http: " + http + "\n");
        Files.writeString(dir.resolve("s.yaml"), scenario);
        Files.writeString(dir.resolve("z.yaml"), """
                scenario: next
                steps:
                  - call: { url: "%s/x", tls: { insecure: true } }
                    expect: { status: 200 }
                """.formatted(plain.url()));
        return Crosscheck.run(RunOptions.of(dir));
    }

    private static ScenarioResult scenario(RunResult r, String name) {
        return r.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void passed(ScenarioResult s) {
        assertThat(s.status()).as(s.message()).isEqualTo(Status.PASSED);
    }

    @Test
    void aSelfSignedServerIsReachedWithInsecureOrItsCertificateAsCa() throws IOException {
        var r = run("{ tls: { ca: certs/self.pem } }", """
                scenario: self-signed
                steps:
                  - call: { url: "%1$s/a" }
                    expect: { status: 200, body.client: none, protocol: http/1.1 }
                  - call: { url: "%1$s/b", tls: { insecure: true } }
                    expect: { status: 200 }
                """.formatted(plain.url()));
        passed(scenario(r, "self-signed"));
    }

    @Test
    void anUntrustedCertificateFailsTheStepWithTheCause() throws IOException {
        var r = run("{}", """
                scenario: untrusted
                steps:
                  - call: { url: "%s/a" }
                """.formatted(plain.url()));
        ScenarioResult s = scenario(r, "untrusted");
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(0).error()).contains("unable to find valid certification path");
        passed(scenario(r, "next"));
    }

    @Test
    void aClientCertificateOpensAServerThatRequiresOneAndWithoutItTheHandshakeIsRefused() throws IOException {
        var r = run("{ tls: { ca: certs/ca.pem, cert: certs/client.pem, key: certs/client-key.pem } }", """
                scenario: mutual
                steps:
                  - call: { url: "%1$s/a" }
                    expect: { status: 200, body.client: "CN=qa-client" }
                  - call: { url: "%1$s/b", tls: { ca: certs/ca.pem } }
                """.formatted(mutual.url()));
        ScenarioResult s = scenario(r, "mutual");
        assertThat(s.steps().get(0).status()).as(s.steps().get(0).error()).isEqualTo(Status.PASSED);
        assertThat(s.steps().get(1).status()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(1).error()).startsWith("the server closed the TLS connection before it answered; a server that requires a client certificate");
        passed(scenario(r, "next"));
    }

    @Test
    void aBadPemOrAKeyThatIsNotPkcs8FailsTheStepNamingTheFile() throws IOException {
        var r = run("{}", """
                scenario: bad pem
                steps:
                  - call: { url: "%1$s/a", tls: { ca: certs/bad.pem } }
                ---
                scenario: rsa key
                steps:
                  - call: { url: "%1$s/a", tls: { cert: certs/client.pem, key: certs/client-rsa-key.pem } }
                """.formatted(mutual.url()));
        ScenarioResult bad = scenario(r, "bad pem");
        assertThat(bad.status()).isEqualTo(Status.ERROR);
        assertThat(bad.steps().get(0).error()).startsWith("tls.ca: " + dir.toRealPath().resolve("certs/bad.pem") + " is not a PEM certificate");
        ScenarioResult rsa = scenario(r, "rsa key");
        assertThat(rsa.steps().get(0).error()).startsWith("tls.key: " + dir.toRealPath().resolve("certs/client-rsa-key.pem")
                + " is not a PKCS#8 private key");
        passed(scenario(r, "next"));
    }
    @Test
    void http2IsUsedWhenTheServerOffersIt() throws Exception {
        assumeTrue(ProcessServer.onPath("node").isPresent(), "node is not on the PATH");
        HeldCertificate h2 = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();
        Path keys = Files.createDirectories(dir.resolve("h2"));
        Files.writeString(keys.resolve("cert.pem"), h2.certificatePem());
        Files.writeString(keys.resolve("key.pem"), h2.privateKeyPkcs8Pem());
        // Node's own HTTP/2 server, offering h2 and http/1.1 by ALPN
        String js = "const fs = require('fs'); const s = require('http2').createSecureServer({ allowHTTP1: true,"
                + " key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem') },"
                + " (req, res) => { res.setHeader('content-type', 'application/json');"
                + " res.end(JSON.stringify({ version: req.httpVersion })); });"
                + " s.listen(0, '127.0.0.1', () => console.log('port ' + s.address().port));";
        try (ProcessServer node = ProcessServer.start(keys, List.of("node", "-e", js))) {
            String url = node.url().replace("http://", "https://");
            var r = run("{ tls: { ca: certs/ca.pem } }", """
                    scenario: h2
                    steps:
                      - call: { url: "%s/x" }
                        expect: { status: 200, protocol: h2, body.version: "2.0" }
                    """.formatted(url));
            passed(scenario(r, "h2"));
        }
    }
}
