package io.crosscheck.demo;

import java.util.List;

/** The demo's Kafka topics. */
public final class Topics {
    /** Moving requests: {@code {customerId, fromAddress, toAddress, moveDate, finalReadingKwh}}, read by Moving. */
    public static final String MOVING_REQUESTS = "moving-requests";
    /** Billing events: {@code {customerId, type, amount, address, moveId}}, written by Moving, read by Billing. */
    public static final String BILLING_EVENTS = "billing-events";
    /** Every service's log records: {@code {id, ts, service, level, traceId, message}}. */
    public static final String SERVICE_LOGS = "service-logs";

    /** Log records of applications outside the demo, same shape; shipped to Solr like {@value #SERVICE_LOGS}. */
    public static final String APP_LOGS = "app-logs";

    public static final List<String> ALL = List.of(MOVING_REQUESTS, BILLING_EVENTS, SERVICE_LOGS, APP_LOGS);

    private Topics() {
    }
}
