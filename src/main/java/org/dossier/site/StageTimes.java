package org.dossier.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The wall time of each step of one build, in the order the steps ran, for {@code --verbose} and
 * for finding where a slow build spends its time. Each step is announced to the build's
 * {@link Progress} as it starts. Used by the one thread that runs the build's steps.
 */
final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final Progress progress;

    StageTimes(Progress progress) {
        this.progress = progress;
    }

    /** Runs {@code step} as the stage {@code name} and adds its wall time to that stage's. */
    <T> T time(String name, Supplier<T> step) {
        progress.started(name);
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    /** Runs {@code step} as the stage {@code name}, as {@link #time(String, Supplier)} does. */
    void time(String name, Runnable step) {
        time(name, () -> {
            step.run();
            return null;
        });
    }

    /** The milliseconds of each stage so far, in the order the stages first ran. */
    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
