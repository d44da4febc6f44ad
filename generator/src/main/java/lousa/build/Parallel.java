package lousa.build;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A parallel loop over the lessons that keeps every core busy to the end. A parallel stream cuts its range into
 * four pieces per worker of the common pool ({@code AbstractTask}'s leaf target): with 2 cores, 10 000 lessons go
 * out as four runs of 2 500, and whichever thread finishes its last run first waits for the other, alone, for up to
 * a second. Here each thread takes the next lesson as soon as it is free, so the threads finish together.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code body} for each index in {@code [0, count)}, on the common pool's threads and the caller's, in no
     * particular order; returns when all have run. The first exception stops the loop (the others end their current
     * index) and is thrown here, with the others' suppressed.
     */
    static void forEachIndex(int count, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    body.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(count); // no index left for the other threads
                throw e;
            }
        };
        int helpers = Math.max(0, Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) - 1);
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[helpers];
        for (int t = 0; t < helpers; t++) {
            tasks[t] = ForkJoinPool.commonPool().submit(work);
        }
        Throwable failure = null;
        try {
            work.run(); // the caller works too, as in a parallel stream
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else if (failure != e) {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
