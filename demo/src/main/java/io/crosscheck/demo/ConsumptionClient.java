package io.crosscheck.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** How Moving asks Consumption for a meter's last reading, when a moving request names the meter only. */
final class ConsumptionClient {
    private final TracedHttp http = new TracedHttp();
    private final String consumptionUrl;

    ConsumptionClient(String consumptionUrl) {
        this.consumptionUrl = consumptionUrl;
    }

    /** The kWh of the meter's last reading; fails with Consumption's answer when it has none to give. */
    BigDecimal finalReading(String meterId, String traceId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.get(consumptionUrl + "/meters/"
                + URLEncoder.encode(meterId, StandardCharsets.UTF_8).replace("+", "%20") + "/final-reading", traceId);
        if (response.statusCode() != 200) {
            throw new IOException("consumption answered " + response.statusCode() + " for the final reading of meter "
                    + meterId);
        }
        return JsonHttpServer.JSON.readTree(response.body()).path("kwh").decimalValue();
    }
}
