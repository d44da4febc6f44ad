package lab.s07_tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class CancelTaskTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();

    @Test
    void theCancelledTaskNeverFinishesAndTheGatherEndsAtOneSecond() {
        List<Outcome<String>> outcomes = loop.run(new CancelTask(loop, lines::add)::main);

        assertEquals(List.of(new Outcome.Succeeded<>("Rotina finalizada"), new Outcome.Cancelled<String>()), outcomes);
        assertEquals(List.of(Future.State.SUCCESS, Future.State.CANCELLED),
                outcomes.stream().map(Outcome::state).toList());
        assertEquals(List.of(
                "Rotina iniciada - 0.000",
                "Rotina iniciada - 0.000",
                "Rotina finalizada - 1.000"), lines);
        assertEquals(Duration.ofSeconds(1), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 7,
                "CancelTaskTest#theCancelledTaskNeverFinishesAndTheGatherEndsAtOneSecond", lines);
    }

    @Test
    void cancellingDoesNotDisarmTheTimerTheTaskWasWaitingOn() {
        loop.run(new CancelTask(loop, lines::add)::main);

        // What a Python task would have cancelled too: the 2 s sleep. It fires into a cancelled stage.
        assertEquals(1, loop.pendingTimers());
        loop.run(() -> loop.sleep(Duration.ofSeconds(5)));
        assertEquals(3, lines.size(), "the cancelled routine printed after all: " + lines);
    }
}
