package lab.s07_tasks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §7, exemplo 8: done(), estado e result() de uma task que retorna e de uma que lança ValueError.
 *
 * <p>O {@code done()} é o {@link Future#isDone()}; o {@code _state} privado tem um equivalente público,
 * {@link Future#state()}: {@code RUNNING} onde o Python diz {@code PENDING}, {@code SUCCESS} ou {@code FAILED} onde ele
 * diz {@code FINISHED}. {@code ValueError} vira {@link IllegalArgumentException}. O {@code result()} relança a exceção
 * da corrotina; o {@link CompletableFuture#join()} também, mas encapsulada numa {@link CompletionException}. O lab
 * imprime as palavras do Python ({@code False}, {@code PENDING}) para que a saída possa ser conferida com a do Python.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 8)
public final class TaskState {

    private final EventLoop loop;
    private final Consumer<String> out;

    public TaskState(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<String> coroutine1(String name) {
        return loop.sleep(Duration.ofSeconds(3), name);
    }

    CompletableFuture<String> coroutine2(String name) {
        return loop.sleep(Duration.ofSeconds(5)).thenApply(done -> {
            throw new IllegalArgumentException("Erro na corotina"); // raise ValueError(...)
        });
    }

    public CompletableFuture<Void> main() {
        CompletableFuture<String> task1 = coroutine1("A");
        CompletableFuture<String> task2 = coroutine2("B");
        return loop.sleep(Duration.ofSeconds(1))
                .thenRun(() -> {
                    out.accept(python(task1.isDone()));
                    out.accept(python(task2.isDone()));
                    out.accept(pythonState(task1));
                    out.accept(pythonState(task2));
                })
                .thenCompose(printed -> Outcome.gather(List.of(task1, task2)))
                .thenRun(() -> {
                    out.accept(python(task1.isDone()));
                    out.accept(python(task2.isDone()));
                    try {
                        out.accept(task1.join());
                        out.accept(task2.join()); // throws, like task2.result()
                    } catch (CompletionException e) {
                        if (!(e.getCause() instanceof IllegalArgumentException valueError)) {
                            throw e;
                        }
                        out.accept("Erro: " + valueError.getMessage());
                    }
                });
    }

    /** Python's name for the state it prints: {@code task._state}. */
    static String pythonState(Future<?> task) {
        return switch (task.state()) {
            case RUNNING -> "PENDING";
            case SUCCESS, FAILED -> "FINISHED";
            case CANCELLED -> "CANCELLED";
        };
    }

    /** Python prints booleans capitalised. */
    static String python(boolean value) {
        return value ? "True" : "False";
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new TaskState(loop, System.out::println).main());
        }
    }
    // endregion
}
