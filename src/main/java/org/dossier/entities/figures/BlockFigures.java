package org.dossier.entities.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Sentence;
import org.dossier.entities.Sentences;
import org.dossier.entities.Span;
import org.dossier.markdown.Block;

/**
 * Reads the figures of one block in a single pass over its tokens. Holds the state of that pass
 * (the current sentence, the figures already read in it, the last date), so one instance serves
 * one block and is then dropped.
 */
final class BlockFigures {

    private static final Set<String> DATE_JOINS = Set.of("and", "or", "to", "-", "\u2013", ",", "&");

    private final Block block;
    private final BlockTokens tokens;
    private final List<FigureMention> found = new ArrayList<>();
    private final List<CountedThing> inSentence = new ArrayList<>();
    /** The block's sentences, split on the first figure: a block may hold thousands. */
    private Sentences.Split sentences;
    private Sentence sentence = Sentence.of("");
    private int sentenceStart = -1;
    private int sentenceEnd = -1;
    private int lastDate = -1;

    BlockFigures(Block block) {
        this.block = block;
        this.tokens = new BlockTokens(block.text());
    }

    /** The figures of the block, in reading order. */
    List<FigureMention> read() {
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Amount> amount = AmountReader.at(tokens, i);
            if (amount.isPresent()) {
                i = Math.max(i, consider(amount.get()));
            }
        }
        return List.copyOf(found);
    }

    /** Reads one amount; returns the index of the last token it used. */
    private int consider(Amount read) {
        Optional<Amount> range = Ranges.from(tokens, read);
        Amount a = range.orElse(read);
        Optional<String> excluded = Exclusions.reason(tokens, a, continuesDate(a));
        if (excluded.isPresent()) {
            if (excluded.get().equals("date")) {
                lastDate = a.last();
            }
            return a.last();
        }
        moveToSentenceOf(tokens.get(a.first()).start());
        Optional<Hedges.Found> hedge = Hedges.before(tokens, a.first());
        if (range.isPresent() && hedge.isEmpty()) {
            hedge = Optional.of(new Hedges.Found(a.first(), "", Hedges.UP_TO));
        }
        int leftEdge = hedge.map(Hedges.Found::firstToken).orElse(a.first());
        Optional<Amount> alternative = alternative(a);
        int after = alternative.map(alt -> alt.last() + 2).orElse(a.last() + 1);
        int sentenceFirst = tokens.indexAt(sentenceStart);
        Optional<CountedThing> counted = CountedThing.read(tokens, a, after, leftEdge, sentenceFirst, inSentence);
        if (counted.isEmpty()) {
            return a.last();
        }
        Optional<Attribution> attribution =
                Attribution.find(tokens, sentenceFirst, tokens.indexAt(sentenceEnd), leftEdge, a.last());
        FigureFacts facts = new FigureFacts(a.value(), counted.get().unit(), counted.get().what(),
                hedge.map(Hedges.Found::normal), attribution.map(Attribution::who),
                alternative.map(alt -> List.of(new FigureFacts.Amount(alt.value(), alt.currency().orElseThrow())))
                        .orElse(List.of()));
        Span span = new Span(block.id(), tokens.get(leftEdge).start(), tokens.get(a.last()).end(),
                tokens.span(leftEdge, a.last()));
        String why = evidence(span, facts, counted.get(), hedge, alternative, attribution)
                + (range.isPresent() ? ", a range read at its upper bound" : "");
        found.add(new FigureMention(span, facts, why, sentence));
        inSentence.add(counted.get());
        return after - 1;
    }

    /** Whether the amount continues a date just read, as {@code 19} in {@code November 18 and 19}. */
    private boolean continuesDate(Amount a) {
        if (lastDate < 0 || a.first() - lastDate > 3) {
            return false;
        }
        for (int k = lastDate + 1; k < a.first(); k++) {
            if (!DATE_JOINS.contains(tokens.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same money in another currency, in brackets right after, perhaps hedged:
     * {@code US$20 billion (S$25.7 billion)}, {@code 70 billion reais (about €11 billion)}.
     */
    private Optional<Amount> alternative(Amount a) {
        int open = a.last() + 1;
        if (!a.money() || !tokens.has(open) || !tokens.get(open).isSymbol("(")) {
            return Optional.empty();
        }
        for (int k = open + 1; k <= open + 4 && tokens.has(k); k++) {
            if (tokens.get(k).isNumber()) {
                Optional<Amount> alt = AmountReader.at(tokens, k);
                return alt.filter(x -> x.money() && opensBracket(x, open) && tokens.has(x.last() + 1)
                        && tokens.get(x.last() + 1).isSymbol(")"));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code x} stands first in the bracket opened at {@code open}, after a hedge if any. */
    private boolean opensBracket(Amount x, int open) {
        return x.first() == open + 1
                || Hedges.before(tokens, x.first()).filter(h -> h.firstToken() == open + 1).isPresent();
    }

    private void moveToSentenceOf(int offset) {
        if (offset >= sentenceStart && offset < sentenceEnd) {
            return;
        }
        String text = block.text();
        if (sentences == null) {
            sentences = Sentences.split(text);
        }
        sentence = sentences.around(offset);
        sentenceStart = sentence.start();
        sentenceEnd = sentence.end();
        inSentence.clear();
    }

    private static String evidence(Span span, FigureFacts facts, CountedThing counted, Optional<Hedges.Found> hedge,
            Optional<Amount> alternative, Optional<Attribution> attribution) {
        StringBuilder why = new StringBuilder("'").append(span.text()).append("'");
        if (!facts.what().isEmpty()) {
            why.append(" + '").append(facts.what()).append("'");
        }
        why.append(": ").append(counted.how());
        alternative.ifPresent(alt -> why.append(", also given as ").append(alt.currency().orElseThrow()).append(' ')
                .append(FigureKey.plain(alt.value())));
        hedge.ifPresent(h -> {
            why.append(", hedge '").append(h.normal()).append("'");
            if (!h.written().isEmpty() && !h.written().equalsIgnoreCase(h.normal())) {
                why.append(" (written '").append(h.written()).append("')");
            }
        });
        attribution.ifPresent(a -> why.append(", attributed to '").append(a.who()).append("' (").append(a.how())
                .append(')'));
        return why.toString();
    }
}
