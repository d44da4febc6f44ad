package lab.loop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An {@link EventLoop} on a virtual clock, for tests: a single-threaded discrete-event simulator.
 *
 * <p>{@link #run} calls {@code main} on the calling thread, which becomes the loop's thread, then repeats until
 * {@code main}'s future is done:
 * <ol>
 *   <li>run the tasks posted with {@link #execute}, oldest first;</li>
 *   <li>otherwise take the earliest timer (the oldest among timers due at the same instant), set the clock to its due
 *       time and complete its future, so the stages chained on it run right there, synchronously;</li>
 *   <li>otherwise (nothing to do, {@code main} not done) wait for another thread to post a task, complete
 *       {@code main} or start a timer: this is how work offloaded with {@link #runInExecutor} comes back.</li>
 * </ol>
 * The clock moves only when a timer fires, and jumps straight to it: a "5 second" example runs in microseconds, and
 * the same program always prints the same times. Work on other threads takes no virtual time.
 *
 * <p><b>Deadlock guard.</b> If in step 3 nothing arrives for {@code idleTimeout} of real time (10 s by default),
 * {@code run} throws {@link EventLoopStuckException} instead of hanging: {@code main} waits on something nobody
 * will complete. Tests can rely on it (or pass a shorter timeout) to prove that some code would block the loop.
 *
 * <p>{@link #run} may be called again after it returns; the clock continues from where it stopped. Timers still
 * pending when {@code main} completes stay pending (asyncio.run would cancel them). A task posted with
 * {@link #execute} that throws ends {@code run} with that exception: a test should see it, not a log line.
 */
public final class VirtualEventLoop implements EventLoop {

    /** How long {@link #run} waits, in real time, for another thread when it has nothing else to do. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);

    private record Timer(long dueNanos, long sequence, CompletableFuture<Void> future) {
    }

    private final Duration idleTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workArrived = lock.newCondition();
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::dueNanos).thenComparingLong(Timer::sequence));
    private final ArrayDeque<Runnable> posted = new ArrayDeque<>();
    private long nextSequence;
    private volatile long nowNanos;
    private Thread runner;

    public VirtualEventLoop() {
        this(DEFAULT_IDLE_TIMEOUT);
    }

    /** @param idleTimeout real time {@link #run} waits for other threads before throwing {@link EventLoopStuckException} */
    public VirtualEventLoop(Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
        this.idleTimeout = idleTimeout;
    }

    @Override
    public Duration now() {
        return Duration.ofNanos(nowNanos);
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        RealEventLoop.requireNotNegative(delay);
        CompletableFuture<Void> future = new CompletableFuture<>();
        lock.lock();
        try {
            timers.add(new Timer(Math.addExact(nowNanos, delay.toNanos()), nextSequence++, future));
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
        return future;
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            posted.add(task);
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Timers not yet fired, cancelled ones included until the loop skips them; for tests of the loop itself. */
    public int pendingTimers() {
        lock.lock();
        try {
            return timers.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T run(Supplier<CompletableFuture<T>> main) {
        Objects.requireNonNull(main, "main");
        enter();
        try {
            CompletableFuture<T> result = Objects.requireNonNull(main.get(), "main returned null");
            result.whenComplete((value, failure) -> wakeUp()); // main may be completed by another thread
            while (!result.isDone()) {
                nextStep(result).run();
            }
            return MainResult.join(result);
        } finally {
            leave();
        }
    }

    /** Takes the next thing to run: a posted task, else the earliest timer, else waits for another thread. */
    private Runnable nextStep(CompletableFuture<?> main) {
        lock.lock();
        try {
            long waitLeft = idleTimeout.toNanos();
            while (true) {
                Runnable task = posted.poll();
                if (task != null) {
                    return task;
                }
                Timer timer = timers.poll();
                while (timer != null && timer.future().isDone()) { // cancelled: skip without moving the clock
                    timer = timers.poll();
                }
                if (timer != null) {
                    nowNanos = timer.dueNanos();
                    CompletableFuture<Void> due = timer.future();
                    return () -> due.complete(null); // outside the lock: dependants may sleep or post again
                }
                if (main.isDone()) {
                    return () -> { };
                }
                if (waitLeft <= 0) {
                    throw new EventLoopStuckException(now(), idleTimeout);
                }
                waitLeft = workArrived.awaitNanos(waitLeft);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventLoopStuckException("interrupted while waiting for work at " + now(), e);
        } finally {
            lock.unlock();
        }
    }

    private void wakeUp() {
        lock.lock();
        try {
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void enter() {
        lock.lock();
        try {
            if (runner != null) {
                throw new IllegalStateException("this loop is already running on " + runner.getName());
            }
            runner = Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        lock.lock();
        try {
            runner = null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        // nothing to release: the loop borrows the thread that calls run
    }
}
