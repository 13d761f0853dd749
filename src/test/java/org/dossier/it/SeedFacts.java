package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * What the built site's {@code entities.json} says about the people of the dossier and the pages
 * that name them: the test takes its expectations from the site's own data, never from a list of
 * names.
 *
 * @param people the people, those named in the most articles first, then by id
 */
record SeedFacts(List<Person> people) {

    /**
     * A person and the pages of the articles that name them.
     *
     * @param name the canonical name
     * @param url the entity page, relative to the site root
     * @param articles the article pages, relative to the site root, sorted
     */
    record Person(String name, String url, List<String> articles) {}

    @SuppressWarnings("unchecked")
    static SeedFacts read(Path site) {
        Path file = site.resolve("entities.json");
        assertThat(file).as("the site's entities.json").isRegularFile();
        Map<String, Object> json;
        try {
            json = new Json().toType(Files.readString(file, StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> articleUrls = new java.util.TreeMap<>();
        for (Map<String, Object> article : (List<Map<String, Object>>) json.get("articles")) {
            articleUrls.put((String) article.get("id"), (String) article.get("url"));
        }
        List<Person> people = ((List<Map<String, Object>>) json.get("entities")).stream()
                .filter(entity -> "person".equals(entity.get("kind")))
                .map(entity -> new Person((String) entity.get("name"), (String) entity.get("url"),
                        ((List<Map<String, Object>>) entity.get("mentions")).stream()
                                .map(m -> articleUrls.get((String) m.get("article")))
                                .distinct()
                                .sorted()
                                .toList()))
                .sorted(Comparator.comparingInt((Person p) -> -p.articles().size()).thenComparing(Person::url))
                .toList();
        assertThat(people).as("people in entities.json").isNotEmpty();
        return new SeedFacts(people);
    }

    /** The person named in the most articles. */
    Person mostNamed() {
        return people.get(0);
    }
}
