package org.dossier.views.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.link.LinkedArticle;
import org.dossier.views.Dates;

/** What the pages of the briefing book say in words about its articles and volumes. */
final class BookWords {

    private BookWords() {}

    /** {@code Volume 2 of 3}. */
    static String volume(int number, int count) {
        return "Volume " + number + " of " + count;
    }

    /** Which articles {@code volume} holds, by position from 1: {@code articles 101–200}, {@code article 201}. */
    static String range(BriefingVolumes.Volume volume) {
        return volume.to() - volume.from() == 1 ? "article " + volume.to()
                : "articles " + (volume.from() + 1) + "\u2013" + volume.to();
    }

    /** {@code 1 article}, {@code 2 articles}. */
    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The span of the dates of {@code articles}: {@code 6 November 2024 – 20 November 2024, and
     * 1 undated article}.
     */
    static String dateRange(List<LinkedArticle> articles) {
        List<LocalDate> dates = articles.stream().map(a -> a.article().published())
                .flatMap(Optional::stream).sorted().toList();
        long undated = articles.size() - dates.size();
        String undatedWords = undated + (undated == 1 ? " undated article" : " undated articles");
        if (dates.isEmpty()) {
            return articles.isEmpty() ? "No articles" : "Articles not dated";
        }
        String first = Dates.dayLabel(dates.get(0));
        String last = Dates.dayLabel(dates.get(dates.size() - 1));
        String span = first.equals(last) ? first : first + " \u2013 " + last;
        return undated == 0 ? span : span + ", and " + undatedWords;
    }
}
