package lab.s06_async_await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class TasksThenCoroutinesTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();

    @Test
    void tasksOverlapWhileBareCoroutinesRunOneAfterTheOther() {
        loop.run(new TasksThenCoroutines(loop, lines::add)::main);

        // The lesson's printed run, minus its clock's origin and jitter: 0, 0, 1, 2, 2, 5, 5, 9 s.
        assertEquals(List.of(
                "Corotina A iniciada - 0.000",
                "Corotina B iniciada - 0.000",
                "Corotina A finalizada - 1.000",
                "Corotina B finalizada - 2.000",
                "Corotina C iniciada - 2.000",
                "Corotina C finalizada - 5.000",
                "Corotina D iniciada - 5.000",
                "Corotina D finalizada - 9.000"), lines);
        assertEquals(Duration.ofSeconds(9), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 5,
                "TasksThenCoroutinesTest#tasksOverlapWhileBareCoroutinesRunOneAfterTheOther", lines);
    }
}
