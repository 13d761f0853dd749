package org.dossier.loader;

import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that hands on the events of another until they go beyond the limits of
 * {@link YamlDocument}, and then throws a {@link YamlLimitException} marking where.
 */
final class LimitedParser implements Parser {

    private final Parser parser;
    private final int maxDepth;
    private int depth;

    LimitedParser(Parser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > maxDepth) {
                    throw new YamlLimitException("nested too deeply", event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            case Alias -> throw new YamlLimitException(
                    "aliases (*" + ((AliasEvent) event).getAlias().getValue() + ") are not allowed", event.getStartMark());
            default -> { }
        }
        return event;
    }
}
