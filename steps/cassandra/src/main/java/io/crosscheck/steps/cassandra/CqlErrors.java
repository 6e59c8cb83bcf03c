package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What went wrong, in the tester's terms. A statement the server refused (syntax, unknown table, values that do not
 * fit) is the step's fault: FAILED, with the step's {@code file:line:column}. An unreachable or overloaded cluster
 * is ERROR: the check could not be made.
 */
final class CqlErrors {
    private CqlErrors() {
    }

    static Exception translate(Exception e, Position at, String cluster, String cql) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cluster", cluster);
        if (cql != null) {
            details.put("cql", cql);
        }
        if (e instanceof SyntaxError) {
            return new StepFailedException(at + ": CQL syntax error: " + e.getMessage(), details);
        }
        if (e instanceof QueryValidationException) {
            return new StepFailedException(at + ": invalid CQL: " + e.getMessage(), details);
        }
        if (e instanceof IllegalArgumentException || e instanceof CodecNotFoundException) {
            return new StepFailedException(at + ": " + e.getMessage(), details);
        }
        if (e instanceof AllNodesFailedException all) {
            return unreachable("cassandra cluster '" + cluster + "': no node answered: "
                    + all.getAllErrors().values().stream().flatMap(java.util.List::stream)
                    .map(Causes::rootMessage).distinct().findFirst().orElse(all.getMessage()), "", e);
        }
        if (e instanceof DriverTimeoutException) {
            return new StepFailedException(new StepError(StepError.Kind.TIMEOUT,
                    Causes.describe("cassandra cluster '" + cluster + "': " + e.getMessage(), e), "", Map.of()), e);
        }
        return e;
    }

    /** No node of the cluster could be reached: the message, then what the driver's cause chain adds to it. */
    static StepFailedException unreachable(String message, String hint, Throwable cause) {
        return new StepFailedException(new StepError(StepError.Kind.UNREACHABLE, Causes.describe(message, cause),
                hint, Map.of()), cause);
    }
}
