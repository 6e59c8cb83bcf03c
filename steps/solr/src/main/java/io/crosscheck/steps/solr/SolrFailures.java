package io.crosscheck.steps.solr;

import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;

/**
 * Turns what SolrJ throws into the failure a tester reads. Solr refusing the request (bad query syntax, unknown
 * field, missing collection) fails the step; an unreachable or broken server is an error.
 */
final class SolrFailures {
    private SolrFailures() {
    }

    static Exception translate(Exception e, SolrConnection solr, String collection) {
        if (e instanceof RemoteSolrException remote) return remote(remote, solr, collection);
        if (Causes.find(e, ConnectException.class).isPresent()) {
            return new StepFailedException(new StepError(StepError.Kind.UNREACHABLE, "cannot reach Solr " + solr.describe()
                    + ": connection refused", "is Solr running, and is the url in crosscheck.yaml right?", Map.of()), e);
        }
        return Causes.find(e, HttpTimeoutException.class).<Exception>map(t -> new StepFailedException(StepError.of(
                StepError.Kind.TIMEOUT, "Solr " + solr.describe() + " did not answer in time: " + t.getMessage()), e)).orElse(e);
    }

    private static Exception remote(RemoteSolrException e, SolrConnection solr, String collection) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", e.code());
        details.put("collection", collection);
        details.put("url", solr.url());
        String reason = reason(e.getMessage());
        details.put("solrMessage", reason);
        if (e.code() == 404) {
            return new StepFailedException("Solr " + solr.describe() + " has no collection '" + collection + "' (HTTP 404)", details);
        }
        String summary = firstLine(reason).replaceFirst("^(org\\.apache\\.solr\\.[\\w.]+\\.)?\\w+(Exception|Error): ", "");
        if (e.code() >= 400 && e.code() < 500) {
            return new StepFailedException("Solr rejected the request to collection '" + collection + "' (HTTP "
                    + e.code() + "): " + summary, details);
        }
        return new StepFailedException(StepError.of(StepError.Kind.INTERNAL, "Solr " + solr.describe()
                + " failed on collection '" + collection + "' (HTTP " + e.code() + "): " + summary), e);
    }

    /** The server's message without SolrJ's {@code Error from server at URL: } prefix. */
    private static String reason(String message) {
        if (message == null) return "";
        int at = message.indexOf("Error from server at ");
        if (at >= 0) {
            int colon = message.indexOf(": ", at + "Error from server at ".length());
            if (colon >= 0) return message.substring(colon + 2).strip();
        }
        return message.strip();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).strip();
    }
}
