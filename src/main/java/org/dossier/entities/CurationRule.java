package org.dossier.entities;

import java.util.List;

/** One rule of {@code entities.yml}, with the line it is written on. */
public sealed interface CurationRule {

    /** The 1-based line of the rule in its file. */
    int line();

    /**
     * Another surface form of an entity: every whole-word occurrence becomes a mention.
     *
     * @param id the entity id
     * @param surface the form, matched case-sensitively
     * @param line the line
     */
    record Alias(String id, String surface, int line) implements CurationRule {}

    /**
     * Entities that are one: the first id stays, the others join it.
     *
     * @param ids two or more entity ids
     * @param line the line
     */
    record Merge(List<String> ids, int line) implements CurationRule {
        public Merge {
            ids = List.copyOf(ids);
        }
    }

    /**
     * Another name for an entity; its id follows the new name.
     *
     * @param id the entity id
     * @param name the new name
     * @param line the line
     */
    record Rename(String id, String name, int line) implements CurationRule {}

    /**
     * A false entity, dropped with all its mentions.
     *
     * @param id the entity id
     * @param line the line
     */
    record Ignore(String id, int line) implements CurationRule {}
}
