package io.crosscheck.steps.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** Applies {@link TlsOptions} to a client with okhttp-tls: PEM decoding, key and trust managers. */
final class TlsSetup {
    private TlsSetup() {
    }

    static void apply(OkHttpClient.Builder client, TlsOptions tls) throws IOException, GeneralSecurityException {
        if (tls.isDefault()) return;
        HandshakeCertificates.Builder certificates = new HandshakeCertificates.Builder().addPlatformTrustedCertificates();
        if (tls.ca() != null) {
            for (X509Certificate ca : certificates(tls.ca(), "tls.ca")) certificates.addTrustedCertificate(ca);
        }
        if (tls.cert() != null) {
            List<X509Certificate> chain = certificates(tls.cert(), "tls.cert");
            String key = Files.readString(CallFiles.existing(tls.key(), "tls.key"));
            HeldCertificate held;
            try {
                held = HeldCertificate.decode(Certificates.certificatePem(chain.get(0)) + key);
            } catch (IllegalArgumentException e) {
                throw new IOException("tls.key: " + tls.key() + " is not a PKCS#8 private key in PEM (BEGIN PRIVATE KEY): "
                        + e.getMessage(), e);
            }
            certificates.heldCertificate(held, chain.subList(1, chain.size()).toArray(X509Certificate[]::new));
        }
        HandshakeCertificates built = certificates.build();
        X509TrustManager trust = tls.insecure() ? new AnyCertificate() : built.trustManager();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {built.keyManager()}, new TrustManager[] {trust}, null);
        client.sslSocketFactory(context.getSocketFactory(), trust);
        if (tls.insecure()) client.hostnameVerifier((host, session) -> true);
    }

    /** The PEM certificates of a file (one, or a chain or bundle). */
    private static List<X509Certificate> certificates(Path file, String key) throws IOException {
        try (InputStream in = Files.newInputStream(CallFiles.existing(file, key))) {
            List<X509Certificate> out = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (out.isEmpty()) throw new IOException(key + ": no certificate in " + file);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IOException(key + ": " + file + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** {@code insecure: true}: every server certificate is accepted, as curl -k does. */
    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
