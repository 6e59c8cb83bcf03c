package io.crosscheck.engine.result;

import io.crosscheck.engine.spi.step.StepFailedException;
import io.crosscheck.engine.support.Causes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepErrorTest {

    @Test
    void theKindDecidesTheStatus() {
        assertThat(StepError.of(StepError.Kind.FAILED_CHECK, "x").status()).isEqualTo(Status.FAILED);
        assertThat(StepError.of(StepError.Kind.REJECTED, "x").status()).isEqualTo(Status.FAILED);
        assertThat(StepError.of(StepError.Kind.UNREACHABLE, "x").status()).isEqualTo(Status.ERROR);
        assertThat(StepError.of(StepError.Kind.TIMEOUT, "x").status()).isEqualTo(Status.ERROR);
        assertThat(StepError.of(StepError.Kind.INTERNAL, "x").status()).isEqualTo(Status.ERROR);
    }

    @Test
    void theTextIsTheMessageWithItsHintInParentheses() {
        StepError e = StepError.of(StepError.Kind.UNREACHABLE, "cannot reach Solr local: connection refused")
                .withHint("is Solr running?");
        assertThat(e.text()).isEqualTo("cannot reach Solr local: connection refused (is Solr running?)");
        assertThat(StepError.of(StepError.Kind.REJECTED, "no such topic").text()).isEqualTo("no such topic");
    }

    @Test
    void aPartOfTheStepPrefixesTheMessageAndKeepsTheRest() {
        StepError e = StepError.of(StepError.Kind.TIMEOUT, "timed out after 1s").withHint("raise timeout")
                .withDetails(Map.of("url", "/slow")).in("if: ");
        assertThat(e).isEqualTo(new StepError(StepError.Kind.TIMEOUT, "if: timed out after 1s", "raise timeout",
                Map.of("url", "/slow")));
    }

    @Test
    void detailsMayHoldNullsAndCannotBeChangedAfterwards() {
        Map<String, Object> details = new HashMap<>();
        details.put("param", null);
        StepError e = StepError.of(StepError.Kind.REJECTED, "bad").withDetails(details);
        details.put("late", 1);
        assertThat(e.details()).containsOnlyKeys("param");
        assertThat(new StepError(null, null, null, null)).isEqualTo(new StepError(StepError.Kind.INTERNAL, "", "", Map.of()));
    }

    @Test
    void aStepFailedExceptionCarriesItsErrorAndSaysItsText() {
        StepError e = StepError.of(StepError.Kind.UNREACHABLE, "no node answered").withHint("is the node running?");
        StepFailedException f = new StepFailedException(e, new ConnectException("Connection refused"));
        assertThat(f.getMessage()).isEqualTo("no node answered (is the node running?)");
        assertThat(Causes.error(f)).isSameAs(e);
        assertThat(new StepFailedException("no match", Map.of("topic", "t")).error())
                .isEqualTo(new StepError(StepError.Kind.REJECTED, "no match", "", Map.of("topic", "t")));
    }

    @Test
    void aRefusedConnectionOrATimeoutAnywhereInTheChainNamesTheKind() {
        assertThat(Causes.error(new IOException("call failed", new ConnectException("Connection refused"))))
                .isEqualTo(StepError.of(StepError.Kind.UNREACHABLE, "call failed: Connection refused"));
        assertThat(Causes.kind(new IOException("timed out after 500ms", new InterruptedIOException("timeout"))))
                .isEqualTo(StepError.Kind.TIMEOUT);
        assertThat(Causes.error(new SocketTimeoutException("Read timed out")).kind()).isEqualTo(StepError.Kind.TIMEOUT);
        assertThat(Causes.error(new IllegalStateException("boom")).kind()).isEqualTo(StepError.Kind.INTERNAL);
    }

    @Test
    void theDescriptionSaysEachMessageOnceAndNamesWhatJavaLeavesUnsaid() {
        assertThat(Causes.describe(new RuntimeException("a: b", new IllegalStateException("b")))).isEqualTo("a: b");
        assertThat(Causes.describe(new IOException("call failed", new ConnectException("to 127.0.0.1:1"))))
                .isEqualTo("call failed: connection refused: to 127.0.0.1:1");
        assertThat(Causes.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void theRootMessageIsTheInnermostOrThatOfThePreferredCause() {
        Throwable chain = new RuntimeException("pool failed",
                new SQLException("FATAL: password authentication failed", new IOException("socket closed")));
        assertThat(Causes.rootMessage(chain)).isEqualTo("socket closed");
        assertThat(Causes.rootMessage(chain, c -> c instanceof SQLException)).isEqualTo("FATAL: password authentication failed");
        assertThat(Causes.rootMessage(new RuntimeException(new ConnectException("to 127.0.0.1:1"))))
                .isEqualTo("connection refused: to 127.0.0.1:1");
        assertThat(Causes.find(chain, SQLException.class)).get().extracting(Throwable::getMessage)
                .isEqualTo("FATAL: password authentication failed");
    }
}
