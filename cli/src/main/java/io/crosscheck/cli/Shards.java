package io.crosscheck.cli;

import java.util.Map;

/** {@code --shard I/N}, else CI_NODE_INDEX/CI_NODE_TOTAL (1-based), else JOB_COMPLETION_INDEX (0-based) with a total. */
final class Shards {
    private Shards() {
    }

    static int[] parse(String flag, Map<String, String> env) {
        if (flag != null) {
            String[] parts = flag.split("/");
            if (parts.length != 2) throw new IllegalArgumentException("--shard must be I/N, e.g. 1/4");
            return check(number(parts[0], "--shard"), number(parts[1], "--shard"), "--shard");
        }
        if (env.containsKey("CI_NODE_INDEX") && env.containsKey("CI_NODE_TOTAL")) {
            return check(number(env.get("CI_NODE_INDEX"), "CI_NODE_INDEX"), number(env.get("CI_NODE_TOTAL"), "CI_NODE_TOTAL"),
                    "CI_NODE_INDEX/CI_NODE_TOTAL");
        }
        if (env.containsKey("JOB_COMPLETION_INDEX")) {
            String total = env.getOrDefault("CROSSCHECK_SHARD_TOTAL", env.get("JOB_COMPLETION_TOTAL"));
            if (total == null) {
                throw new IllegalArgumentException("JOB_COMPLETION_INDEX is set: give the total with --shard or CROSSCHECK_SHARD_TOTAL");
            }
            return check(number(env.get("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX") + 1,
                    number(total, "CROSSCHECK_SHARD_TOTAL"), "JOB_COMPLETION_INDEX");
        }
        return new int[] {1, 1};
    }

    private static int[] check(int index, int total, String source) {
        if (total < 1 || index < 1 || index > total) {
            throw new IllegalArgumentException(source + ": shard " + index + "/" + total + " is out of range (1 <= I <= N)");
        }
        return new int[] {index, total};
    }

    private static int number(String text, String source) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": '" + text + "' is not a number");
        }
    }
}
