package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts the token ring into about {@code splits} slices along the ranges the nodes own, in token order, so that a
 * full read of a table is many small paged queries: bounded memory, several at once, and per-range counts.
 */
final class TokenSlices {
    private TokenSlices() {
    }

    static List<TokenSlice> of(Metadata metadata, int splits) {
        Optional<TokenMap> tokens = metadata.getTokenMap();
        if (tokens.isEmpty() || tokens.get().getTokenRanges().isEmpty()) {
            return List.of(TokenSlice.wholeTable());
        }
        TokenMap map = tokens.get();
        Map<TokenRange, String> owners = new HashMap<>();
        for (Node node : metadata.getNodes().values()) {
            String label = address(node);
            map.getTokenRanges(node).forEach(r -> owners.put(r, label));
        }
        List<TokenRange> ranges = new ArrayList<>(map.getTokenRanges());
        ranges.sort(Comparator.naturalOrder());
        int perRange = Math.max(1, (int) Math.ceil(splits / (double) ranges.size()));
        List<TokenRange> pieces = new ArrayList<>();
        Map<TokenRange, String> pieceOwner = new HashMap<>();
        for (TokenRange range : ranges) {
            for (TokenRange split : range.splitEvenly(perRange)) {
                for (TokenRange piece : split.unwrap()) {
                    if (!piece.isEmpty() || piece.isFullRing()) {
                        pieces.add(piece);
                        pieceOwner.put(piece, owners.getOrDefault(range, ""));
                    }
                }
            }
        }
        pieces.sort(Comparator.comparing(TokenRange::getStart));
        List<TokenSlice> slices = new ArrayList<>();
        for (TokenRange piece : pieces) {
            // after unwrap, an end at or before the start can only be the ring's minimum token: read to the ring's end
            boolean toRingEnd = piece.getEnd().compareTo(piece.getStart()) <= 0;
            String label = "(" + map.format(piece.getStart()) + ", " + (toRingEnd ? "end" : map.format(piece.getEnd())) + "]";
            slices.add(new TokenSlice(slices.size(), piece.getStart(), piece.getEnd(), toRingEnd, pieceOwner.get(piece), label));
        }
        return slices;
    }

    private static String address(Node node) {
        return node.getBroadcastRpcAddress()
                .map(a -> a.getAddress().getHostAddress() + ":" + a.getPort())
                .orElse(node.getEndPoint().toString().replaceFirst("^/", ""));
    }
}
