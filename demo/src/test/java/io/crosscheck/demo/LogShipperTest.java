package io.crosscheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class LogShipperTest {

    private static JsonNode document(String value) throws Exception {
        return JsonHttpServer.JSON.readTree(LogShipper.document(new ConsumerRecord<>("app-logs", 0, 7L, "k", value)));
    }

    @Test
    void aLogRecordKeepsItsFieldsAndOthersBecomeTextFields() throws Exception {
        JsonNode doc = document("""
                {"id": "a1", "ts": "2025-07-01T10:00:00Z", "level": "ERROR", "service": "billing", "traceId": "t-1",
                 "message": "declined", "attempt": 3, "detail": {"code": 51}}""");
        assertThat(doc.get("id").asText()).isEqualTo("a1");
        assertThat(doc.get("level").asText()).isEqualTo("ERROR");
        assertThat(doc.get("attempt_s").asText()).isEqualTo("3");
        assertThat(doc.get("detail_s").asText()).isEqualTo("{\"code\":51}");
        assertThat(doc.has("attempt")).isFalse();
    }

    @Test
    void aRecordWithoutIdOrTimestampGetsThemFromItsPlaceInTheTopic() throws Exception {
        JsonNode doc = document("plain text line");
        assertThat(doc.get("message").asText()).isEqualTo("plain text line");
        assertThat(doc.get("id").asText()).isEqualTo("app-logs-0-7");
        assertThat(doc.get("ts").asText()).endsWith("Z");
    }
}
