package lab.s07_tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class TaskStateTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();
    private final TaskState lab = new TaskState(loop, lines::add);

    @Test
    void printsWhatThePythonPrints() {
        loop.run(lab::main);

        assertEquals(List.of(
                "False",
                "False",
                "PENDING",
                "PENDING",
                "True",
                "True",
                "A",
                "Erro: Erro na corotina"), lines);
        assertEquals(Duration.ofSeconds(5), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 8, "TaskStateTest#printsWhatThePythonPrints", lines);
    }

    @Test
    void atOneSecondBothTasksAreStillRunning() {
        CompletableFuture<String> task1 = lab.coroutine1("A");
        CompletableFuture<String> task2 = lab.coroutine2("B");

        loop.run(() -> loop.sleep(Duration.ofSeconds(1)));

        assertFalse(task1.isDone());
        assertFalse(task2.isDone());
        assertEquals(Future.State.RUNNING, task1.state());
        assertEquals(Future.State.RUNNING, task2.state());
        assertThrows(IllegalStateException.class, task1::resultNow, "result() before the end raises");
    }

    @Test
    void theFirstSucceedsAtThreeSecondsTheSecondFailsAtFive() {
        CompletableFuture<String> task1 = lab.coroutine1("A");
        CompletableFuture<String> task2 = lab.coroutine2("B");

        loop.run(() -> task1);
        assertEquals(Duration.ofSeconds(3), loop.now());
        assertEquals(Future.State.SUCCESS, task1.state());
        assertEquals("A", task1.resultNow());
        assertEquals(Future.State.RUNNING, task2.state());

        loop.run(() -> Outcome.gather(List.of(task2)));
        assertEquals(Duration.ofSeconds(5), loop.now());
        assertTrue(task2.isDone());
        assertEquals(Future.State.FAILED, task2.state());
        var valueError = assertInstanceOf(IllegalArgumentException.class, task2.exceptionNow());
        assertEquals("Erro na corotina", valueError.getMessage());
        // result() re-raises: join() throws, the coroutine's exception is the cause
        var raised = assertThrows(CompletionException.class, task2::join);
        assertEquals(valueError, raised.getCause());
    }

    @Test
    void pythonStateNamesCoverEveryJavaState() {
        assertEquals("PENDING", TaskState.pythonState(new CompletableFuture<>()));
        assertEquals("FINISHED", TaskState.pythonState(CompletableFuture.completedFuture("A")));
        assertEquals("FINISHED", TaskState.pythonState(CompletableFuture.failedFuture(new IllegalArgumentException())));
        var cancelled = new CompletableFuture<String>();
        cancelled.cancel(true);
        assertEquals("CANCELLED", TaskState.pythonState(cancelled));
    }
}
