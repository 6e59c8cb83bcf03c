package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.Required;

import java.time.Duration;

/** A parsed {@code wait: {topic: ...}} step; {@code match} null means every record matches. */
public record WaitTopicConfig(
        String topic,
        String cluster,
        String match,
        int count,
        From from,
        Duration timeout,
        Position clusterPosition) {

    /** Where reading starts. */
    public enum From {
        /** The topic's end when the scenario started: records of earlier runs are ignored, none since are missed. */
        SCENARIO_START,
        /** The oldest record still kept. */
        EARLIEST,
        /** The topic's end when the step starts. */
        LATEST;

        /** As written in YAML: {@code scenario-start}. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The keys as written in YAML. */
    public record Yaml(
            @Required String topic,
            String cluster,
            String match,
            Integer count,
            From from,
            Duration timeout) {
    }
}
