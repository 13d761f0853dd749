package org.dossier.loader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that names the outlet outright: {@code Source: CNN},
 * {@code Source: Al Jazeera and news agencies}. The agencies an outlet adds to its own name are
 * not the source, nor the editor's initials after a slash ({@code Source: Reuters/fs}). Or a line
 * of news agencies alone, as a page credits a story they wrote:
 * {@code Reuters and Agence France-Presse}.
 */
final class SourceLine {

    private static final int MAX_LENGTH = 80;
    private static final Pattern LINE = Pattern.compile("(?i)source\\s*:\\s*(\\p{Lu}.{1,60}?)"
            + "(?:,? (?:and|with|&) (?:other )?(?:news )?agencies|, agencies)?(?-i:/[a-z]{1,4})?\\.?");

    private static final String AGENCY = "(?:Reuters|AFP|Agence France-Presse|AP|(?:The )?Associated Press|Bloomberg"
            + "|Yonhap|Kyodo|Xinhua|TASS|Interfax|dpa|EFE|ANSA|ANI|PTI)";
    private static final Pattern AGENCIES = Pattern.compile(AGENCY + "(?:(?:, | and | & |, and )" + AGENCY + "){0,4}");

    private SourceLine() {}

    /** The outlet {@code line} names, if it is a source line. */
    static Optional<String> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (AGENCIES.matcher(line).matches()) {
            return Optional.of(line);
        }
        Matcher matcher = LINE.matcher(line);
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
}
