package lab.s07_tasks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §7, exemplo 7: duas tasks, a de 2 s cancelada após 1 s, gather com return_exceptions.
 *
 * <p>{@code tarefa2.cancel()} vira {@link CompletableFuture#cancel}: o future termina na hora com uma
 * {@code CancellationException}, e o passo pendente dele ("Rotina finalizada") nunca roda. Ao contrário de uma task do
 * Python, ele não encerra aquilo que estava aguardando (o temporizador de 2 s continua armado, sem causar dano), e a
 * flag {@code true} não interrompe nada. O gather então termina em 1 s, com um sucesso e um cancelamento.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 7)
public final class CancelTask {

    private final EventLoop loop;
    private final Consumer<String> out;

    public CancelTask(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<String> routine(Duration delay) {
        out.accept("Rotina iniciada - " + loop.formattedTime());
        return loop.sleep(delay).thenApply(done -> {
            out.accept("Rotina finalizada - " + loop.formattedTime());
            return "Rotina finalizada";
        });
    }

    /** Returns what the gather returned: [Succeeded[value=Rotina finalizada], Cancelled[]]. */
    public CompletableFuture<List<Outcome<String>>> main() {
        CompletableFuture<String> task1 = routine(Duration.ofSeconds(1));
        CompletableFuture<String> task2 = routine(Duration.ofSeconds(2));
        return loop.sleep(Duration.ofSeconds(1)).thenCompose(done -> {
            task2.cancel(true);
            return Outcome.gather(List.of(task1, task2)); // gather(tarefa1, tarefa2, return_exceptions=True)
        });
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new CancelTask(loop, System.out::println).main());
        }
    }
    // endregion
}
