package org.dossier.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs one job per item on every core of the common pool, the caller's thread included, each
 * thread taking the next few items from a shared counter until none are left. A parallel stream
 * cuts its input into a few equal shares up front, so on a machine of two cores one thread could
 * be left with a share of slow items while the other waits; here a thread is never more than a
 * few items from the end.
 *
 * <p>Results keep the input's order. When jobs throw, every item is still tried and the failure of
 * the first item in input order is thrown, so a build that fails, fails the same way each time;
 * an {@link Error} (out of memory) stops the work at once.
 */
public final class Parallel {

    /** Batches per thread: enough that the threads finish within a batch of each other. */
    private static final int BATCHES_PER_THREAD = 64;

    private Parallel() {}

    /** {@code job} applied to each of {@code items}, in their order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> job) {
        return range(items.size(), i -> job.apply(items.get(i)));
    }

    /** {@code job} applied to each index from 0 to {@code count - 1}, in that order. */
    public static <R> List<R> range(int count, IntFunction<? extends R> job) {
        Object[] results = new Object[count];
        forEachIndex(count, i -> results[i] = job.apply(i));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /** Runs {@code job} on each of {@code items}. */
    public static <T> void forEach(List<T> items, Consumer<? super T> job) {
        forEachIndex(items.size(), i -> job.accept(items.get(i)));
    }

    /** Runs {@code job} on each index from 0 to {@code count - 1}. */
    public static void forEachIndex(int count, IntConsumer job) {
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                job.accept(i);
            }
            return;
        }
        Work work = new Work(count, Math.max(1, count / (threads * BATCHES_PER_THREAD)), job);
        List<ForkJoinTask<?>> helpers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            helpers.add(ForkJoinTask.adapt(work::drain).fork());
        }
        work.drain();
        helpers.forEach(ForkJoinTask::join);
        work.rethrow();
    }

    /** The items left to do and the first failure so far. */
    private static final class Work {
        private final int count;
        private final int batch;
        private final IntConsumer job;
        private final AtomicInteger next = new AtomicInteger();
        private int failedAt = Integer.MAX_VALUE;
        private RuntimeException failure;
        private volatile Error fatal;

        Work(int count, int batch, IntConsumer job) {
            this.count = count;
            this.batch = batch;
            this.job = job;
        }

        /** Takes batches until none are left. */
        void drain() {
            for (int start = next.getAndAdd(batch); start < count && fatal == null; start = next.getAndAdd(batch)) {
                int end = Math.min(count, start + batch);
                for (int i = start; i < end && fatal == null; i++) {
                    try {
                        job.accept(i);
                    } catch (RuntimeException e) {
                        failed(i, e);
                    } catch (Error e) {
                        fatal = e;
                    }
                }
            }
        }

        private synchronized void failed(int index, RuntimeException e) {
            if (index < failedAt) {
                failedAt = index;
                failure = e;
            }
        }

        synchronized void rethrow() {
            if (fatal != null) {
                throw fatal;
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
