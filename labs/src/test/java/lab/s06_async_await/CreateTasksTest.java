package lab.s06_async_await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class CreateTasksTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();

    @Test
    void bothTasksStartAtZeroSoAwaitingThemInTurnEndsAtTwoSeconds() {
        loop.run(new CreateTasks(loop, lines::add)::main);

        assertEquals(List.of(
                "Corotina A iniciada - 0.000",
                "Corotina B iniciada - 0.000",
                "Corotina A finalizada - 1.000",
                "Corotina B finalizada - 2.000"), lines);
        assertEquals(Duration.ofSeconds(2), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 4,
                "CreateTasksTest#bothTasksStartAtZeroSoAwaitingThemInTurnEndsAtTwoSeconds", lines);
    }
}
