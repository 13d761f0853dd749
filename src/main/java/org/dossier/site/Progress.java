package org.dossier.site;

/** Receives the progress of a build: the stage and how many of its items are done. Thread-safe. */
public interface Progress {

    /** A progress that reports nothing. */
    Progress NONE = (stage, done, total) -> {};

    /** {@code done} of {@code total} items of {@code stage} are finished. */
    void update(String stage, int done, int total);

    /** The stage {@code stage} begins; its items, if it counts them, follow through {@link #update}. */
    default void started(String stage) {}
}
