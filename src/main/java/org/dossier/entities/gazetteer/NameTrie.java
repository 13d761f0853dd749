package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forms of the gazetteer as a trie of tokens: finding every name that starts at a token
 * costs at most the length of the longest name, so a text is scanned in linear time.
 *
 * <p>Immutable once built; its maps are only read.
 */
final class NameTrie {

    /** A name that ends at token {@code end} (exclusive). */
    record Candidate(int end, GazetteerName name) {}

    private static final class Node {
        /** The next tokens of the names, by their text: those after white space, and those right after this one. */
        private final Map<String, Node> afterSpace = new HashMap<>();
        private final Map<String, Node> joined = new HashMap<>();
        private GazetteerName name;

        /** The children that token {@code i} of {@code tokens}, in a name from token {@code from}, is among. */
        Map<String, Node> children(List<Token> tokens, int i, int from) {
            return i > from && tokens.get(i).spaceBefore() ? afterSpace : joined;
        }
    }

    private final Node root = new Node();
    /**
     * The first characters of the names' first words. Nearly every name starts with a capital,
     * so most words of a text are known to start none without hashing them.
     */
    private final BitSet firstCharacters = new BitSet();

    NameTrie(Map<String, GazetteerName> names) {
        names.forEach(this::put);
    }

    private void put(String surface, GazetteerName name) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        firstCharacters.set(tokens.get(0).text().charAt(0));
        Node node = root;
        for (int i = 0; i < tokens.size(); i++) {
            node = node.children(tokens, i, 0).computeIfAbsent(tokens.get(i).text(), key -> new Node());
        }
        node.name = name;
    }

    /** The names starting at token {@code from}, longest first. */
    List<Candidate> startingAt(List<Token> tokens, int from) {
        if (from >= tokens.size() || !firstCharacters.get(tokens.get(from).text().charAt(0))) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        Node node = root;
        for (int i = from; i < tokens.size(); i++) {
            node = node.children(tokens, i, from).get(tokens.get(i).text());
            if (node == null) {
                break;
            }
            if (node.name != null) {
                found.add(0, new Candidate(i + 1, node.name));
            }
        }
        return found;
    }

    /** The name written exactly as {@code tokens}, if the trie has it. */
    Optional<GazetteerName> exactly(List<Token> tokens) {
        List<Candidate> found = startingAt(tokens, 0);
        return found.isEmpty() || found.get(0).end() != tokens.size()
                ? Optional.empty()
                : Optional.of(found.get(0).name());
    }
}
