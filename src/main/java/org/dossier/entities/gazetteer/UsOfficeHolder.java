package org.dossier.entities.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * Reads an American office holder named with the state they represent or govern, as American
 * news writes them: {@code Rep. Marjorie Taylor Greene of Georgia}, {@code Sen. Raphael Warnock
 * of Georgia}, {@code Gov. Brian P. Kemp of Georgia}. The state then is not the country of the
 * same name. Only the titles of Congress and of state governors count, and only with a
 * capitalised name between the title and {@code of}: {@code President Salome Zourabichvili of
 * Georgia} and {@code the governor of Georgia's central bank} keep the country.
 */
final class UsOfficeHolder {

    /** The titles of members of Congress and state governors, as written before a name. */
    private static final Set<String> TITLES = Set.of(
            "Rep", "Sen", "Gov", "Representative", "Senator", "Congressman", "Congresswoman", "Governor");
    /** The most words a name between the title and {@code of} is read over. */
    private static final int MAX_NAME_WORDS = 4;

    private UsOfficeHolder() {}

    /**
     * Whether the tokens before {@code start} read: an American title, a capitalised name and
     * {@code of}, on one line.
     */
    static boolean before(List<Token> tokens, int start) {
        int i = start - 1;
        if (i < 1 || !tokens.get(i).text().equals("of") || tokens.get(i).lineBreakBefore()) {
            return false;
        }
        int names = 0;
        i--;
        while (i >= 0 && names <= MAX_NAME_WORDS) {
            Token token = tokens.get(i);
            if (token.isWord() && TITLES.contains(token.text()) && names > 0) {
                return true;
            }
            if (token.isWord() && token.isCapitalised()) {
                names++;
            } else if (!token.text().equals(".")) {
                return false; // an initial's stop or the title's may stand between; nothing else
            }
            if (token.lineBreakBefore()) {
                return false;
            }
            i--;
        }
        return false;
    }
}
