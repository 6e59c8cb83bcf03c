package io.crosscheck.engine.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Remembers the last event taken, so that a limit SnakeYAML enforces without a position (the document's size) is
 * reported where the parser was.
 */
final class LastEventParser implements Parser {
    private final Parser parser;
    private Event last;

    LastEventParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        last = parser.getEvent();
        return last;
    }

    /** Where the last event taken starts; null before the first. */
    Mark lastMark() {
        return last == null ? null : last.getStartMark();
    }
}
