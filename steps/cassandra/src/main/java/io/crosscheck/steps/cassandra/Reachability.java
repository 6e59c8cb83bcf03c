package io.crosscheck.steps.cassandra;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why contact points could not be reached, in plain words. The driver reports a refused connection as a closed
 * channel; a plain TCP connect tells refused, silent and unknown hosts apart.
 */
final class Reachability {
    private static final int TIMEOUT_MS = 1000;

    private Reachability() {
    }

    /** One line per unreachable contact point; empty when every one accepts TCP connections. */
    static Optional<String> diagnose(List<InetSocketAddress> contactPoints) {
        List<String> problems = new ArrayList<>();
        for (InetSocketAddress point : contactPoints) {
            problem(point).ifPresent(p -> problems.add(ClusterSettings.describe(point) + ": " + p));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static Optional<String> problem(InetSocketAddress point) {
        InetSocketAddress address = point.isUnresolved() ? new InetSocketAddress(point.getHostString(), point.getPort()) : point;
        if (address.isUnresolved()) {
            return Optional.of("unknown host");
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, TIMEOUT_MS);
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("connection refused (nothing listens there)");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer within " + TIMEOUT_MS + " ms");
        } catch (UnknownHostException e) {
            return Optional.of("unknown host");
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
