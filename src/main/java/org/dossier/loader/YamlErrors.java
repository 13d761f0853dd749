package org.dossier.loader;

import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns a YAML parser error into the words and line users see: the line of the problem, and the
 * line where the construct it broke began when that is elsewhere, such as the opening quote of a
 * text that never closes.
 */
public final class YamlErrors {

    private static final String DUPLICATE_KEY = "found duplicate key ";

    private YamlErrors() {}

    /**
     * The 1-based line of the problem in the file.
     *
     * @param e the parser error
     * @param firstLine the line of the file that the YAML text's first line is on
     */
    public static int line(MarkedYamlEngineException e, int firstLine) {
        return lineOf(e.getProblemMark().or(e::getContextMark), firstLine).orElse(firstLine);
    }

    /**
     * What is wrong, on one line.
     *
     * @param e the parser error
     * @param firstLine the line of the file that the YAML text's first line is on
     */
    public static String message(MarkedYamlEngineException e, int firstLine) {
        String problem = oneLine(e.getProblem());
        String context = oneLine(e.getContext());
        if (problem.isEmpty()) {
            return context.isEmpty() ? "invalid YAML" : context;
        }
        if (problem.toLowerCase(Locale.ROOT).contains("(tab)")) {
            return "a tab is used to indent; indent with spaces";
        }
        if (e instanceof DuplicateKeyException && problem.startsWith(DUPLICATE_KEY)) {
            return "duplicate key '" + problem.substring(DUPLICATE_KEY.length()) + "'";
        }
        Optional<Integer> contextLine = lineOf(e.getContextMark(), firstLine);
        if (context.isEmpty() || contextLine.isEmpty() || contextLine.get() == line(e, firstLine)) {
            return problem;
        }
        return problem + " " + context + " that starts on line " + contextLine.get();
    }

    private static Optional<Integer> lineOf(Optional<Mark> mark, int firstLine) {
        return mark.map(m -> m.getLine() + firstLine);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').strip();
    }
}
