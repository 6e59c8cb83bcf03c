package io.crosscheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MovingRequestTest {

    @Test
    void numbersMayComeAsJsonNumbersOrAsText() {
        MovingRequest a = MovingRequest.parse("""
                {"customerId": 42, "fromAddress": "1 Elm St", "toAddress": "2 Oak St", "moveDate": "2025-07-01", "finalReadingKwh": 350.5}""");
        MovingRequest b = MovingRequest.parse("""
                {"customerId": "42", "fromAddress": "1 Elm St", "toAddress": "2 Oak St", "moveDate": "2025-07-01", "finalReadingKwh": "350.5"}""");
        assertThat(a).isEqualTo(b);
        assertThat(a.customerId()).isEqualTo(42L);
        assertThat(a.moveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(a.problem()).isNull();
    }

    @Test
    void theFirstProblemThatMattersIsNamed() {
        assertThat(MovingRequest.parse("not json").problem()).isEqualTo("the request is not JSON");
        assertThat(MovingRequest.parse("[1]").problem()).isEqualTo("the request is not a JSON object");
        assertThat(MovingRequest.parse("{\"fromAddress\": \"x\"}").problem()).isEqualTo("customerId is missing");
        assertThat(MovingRequest.parse("{\"customerId\": 1, \"moveDate\": \"tomorrow\"}").problem())
                .isEqualTo("moveDate 'tomorrow' is not a date like 2025-06-30");
        assertThat(MovingRequest.parse("{\"customerId\": 1, \"fromAddress\": \"a\", \"toAddress\": \"b\"}").problem())
                .isEqualTo("finalReadingKwh is missing");
        assertThat(MovingRequest.parse("{\"customerId\": 1, \"fromAddress\": \"a\", \"toAddress\": \"b\", \"finalReadingKwh\": -1}")
                .problem()).isEqualTo("finalReadingKwh is negative");
    }

    @Test
    void aMissingMoveDateMeansToday() {
        assertThat(MovingRequest.parse("{\"customerId\": 1}").moveDate()).isEqualTo(LocalDate.now());
    }

    @Test
    void theFinalBillIsTheReadingAtTheTariffPlusTheStandingCharge() {
        assertThat(MovingService.finalBill(new BigDecimal("350.5"))).isEqualByComparingTo("110.64");
        assertThat(MovingService.finalBill(BigDecimal.ZERO)).isEqualByComparingTo("12.50");
        assertThat(MovingService.finalBill(new BigDecimal("0.01")).scale()).isEqualTo(2);
    }
}
