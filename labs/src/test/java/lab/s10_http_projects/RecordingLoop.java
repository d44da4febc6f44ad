package lab.s10_http_projects;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import lab.loop.EventLoop;
import lab.loop.VirtualEventLoop;

/** A {@link VirtualEventLoop} that also records every {@code sleep} asked of it: the back-offs, with no waiting. */
final class RecordingLoop implements EventLoop {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public Duration now() {
        return loop.now();
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        sleeps.add(delay);
        return loop.sleep(delay);
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    @Override
    public <T> T run(Supplier<CompletableFuture<T>> main) {
        return loop.run(main);
    }

    @Override
    public void close() {
        loop.close();
    }
}
