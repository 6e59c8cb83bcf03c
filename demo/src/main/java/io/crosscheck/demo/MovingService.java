package io.crosscheck.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Moving: reads {@value Topics#MOVING_REQUESTS}, checks the customer with Customer Profile, writes the move into
 * its table {@code moves} and asks Billing for a final bill at the old address on {@value Topics#BILLING_EVENTS}.
 * A request it cannot accept is stored as REJECTED with the reason and logged as an ERROR.
 */
final class MovingService implements AutoCloseable {
    /** Price per kWh of the final reading, and the standing charge every final bill carries. */
    static final BigDecimal PRICE_PER_KWH = new BigDecimal("0.28");
    static final BigDecimal STANDING_CHARGE = new BigDecimal("12.50");

    private final ServiceDatabase db;
    private final ServiceLog log;
    private final Producer<String, String> producer;
    private final ProfileClient profiles;
    private final ConsumptionClient consumption;
    private final TopicConsumer consumer;

    MovingService(String bootstrap, ServiceDatabase db, ServiceLog log, Producer<String, String> producer,
                  ProfileClient profiles, ConsumptionClient consumption) {
        this.db = db;
        this.log = log;
        this.producer = producer;
        this.profiles = profiles;
        this.consumption = consumption;
        this.consumer = new TopicConsumer(bootstrap, "moving", Topics.MOVING_REQUESTS, log, this::onRequest);
    }

    TopicConsumer consumer() {
        return consumer;
    }

    static BigDecimal finalBill(BigDecimal kwh) {
        return kwh.multiply(PRICE_PER_KWH).add(STANDING_CHARGE).setScale(2, RoundingMode.HALF_UP);
    }

    private void onRequest(ConsumerRecord<String, String> record, String traceId) throws Exception {
        MovingRequest request = MovingRequest.parse(record.value());
        log.info(traceId, "moving request received for customer " + request.customerId());
        String problem = request.problem();
        if (problem == null) problem = profiles.whyNotMovable(request.customerId(), traceId);
        if (problem != null) {
            reject(request, problem, traceId);
            return;
        }
        BigDecimal kwh = request.finalReadingKwh();
        if (kwh == null) {
            try {
                kwh = consumption.finalReading(request.meterId(), traceId);
            } catch (IOException e) {
                reject(request, "no final reading: " + e.getMessage(), traceId);
                return;
            }
        }
        BigDecimal amount = finalBill(kwh);
        long moveId = Rows.insert(db, "INSERT INTO moves (customer_id, from_address, to_address, move_date,"
                        + " final_reading_kwh, status, trace_id) VALUES (?, ?, ?, ?, ?, 'COMPLETED', ?)",
                request.customerId(), request.fromAddress(), request.toAddress(), Date.valueOf(request.moveDate()),
                kwh, traceId);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("customerId", request.customerId());
        event.put("type", "FINAL_BILL");
        event.put("amount", amount);
        event.put("address", request.fromAddress());
        event.put("moveId", moveId);
        ProducerRecord<String, String> out = new ProducerRecord<>(Topics.BILLING_EVENTS, String.valueOf(request.customerId()),
                JsonHttpServer.JSON.writeValueAsString(event));
        Traceparent.carry(out.headers(), traceId);
        producer.send(out).get();
        log.info(traceId, "move " + moveId + " of customer " + request.customerId() + " completed; final bill of "
                + amount + " requested");
    }

    private void reject(MovingRequest request, String reason, String traceId) throws Exception {
        if (request.customerId() != null) {
            Rows.update(db, "INSERT INTO moves (customer_id, from_address, to_address, move_date, final_reading_kwh,"
                            + " status, reason, trace_id) VALUES (?, ?, ?, ?, ?, 'REJECTED', ?, ?)",
                    request.customerId(), request.fromAddress(), request.toAddress(),
                    request.moveDate() == null ? null : Date.valueOf(request.moveDate()), request.finalReadingKwh(),
                    reason, traceId);
        }
        log.error(traceId, "moving request rejected: " + reason);
    }

    @Override
    public void close() throws InterruptedException {
        consumer.close();
    }
}
