package io.crosscheck.testkit.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SolrExtension.class)
class SolrServerIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheLogsCoreOverHttpOnLoopback(SolrServer solr) throws Exception {
        assertThat(solr.url()).startsWith("http://127.0.0.1:");
        post(solr.url() + "/logs/update?commit=true",
                "[{\"id\":\"k1\",\"level\":\"ERROR\",\"service\":\"billing\",\"traceId\":\"kit-1\",\"message\":\"Payment failed\"}]");

        String found = get(solr.url() + "/logs/select?q=traceId:kit-1&wt=json&indent=false");

        assertThat(found).contains("\"numFound\":1").contains("Payment failed");
    }

    @Test
    void createsMoreCollectionsWithTheSameSchema(SolrServer solr) throws Exception {
        solr.createCollection("kit_orders");
        solr.createCollection("kit_orders"); // again: no error
        post(solr.url() + "/kit_orders/update?commit=true", "[{\"id\":\"o1\",\"status_s\":\"OPEN\",\"amount_d\":12.5}]");

        String found = get(solr.url() + "/kit_orders/select?q=status_s:OPEN&wt=json&indent=false");

        assertThat(found).contains("\"numFound\":1").contains("12.5");
        solr.clear("kit_orders");
        assertThat(get(solr.url() + "/kit_orders/select?q=*:*&wt=json&indent=false")).contains("\"numFound\":0");
    }

    @Test
    void isTheSameServerForEveryTestOfTheJvm(SolrServer first, SolrServer second) {
        assertThat(first).isSameAs(second);
        assertThat(first.isRunning()).isTrue();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private void post(String url, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
