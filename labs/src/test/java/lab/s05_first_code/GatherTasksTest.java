package lab.s05_first_code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class GatherTasksTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();
    private final GatherTasks lab = new GatherTasks(loop, lines::add);

    @Test
    void gatherEndsWithTheLongestTaskAndKeepsArgumentOrder() {
        List<String> results = loop.run(lab::main);

        assertEquals(Duration.ofSeconds(5), loop.now());
        assertEquals(List.of("Task A finalizada", "Task B finalizada", "Task C finalizada"), results);
        assertEquals(List.of(
                "Task A iniciada",
                "Task B iniciada",
                "Task C iniciada",
                "Task A finalizada",
                "Task C finalizada",
                "Task B finalizada",
                "['Task A finalizada', 'Task B finalizada', 'Task C finalizada']"), lines);
        LabOutputFile.write("backend/sincrono-assincrono", 2,
                "GatherTasksTest#gatherEndsWithTheLongestTaskAndKeepsArgumentOrder", lines);
    }

    @Test
    void tasksFinishInTheOrderOfTheirDelays() {
        List<String> finished = new ArrayList<>();
        var timed = new GatherTasks(loop, line -> {
            if (line.endsWith("finalizada")) {
                finished.add(line + " @" + loop.formattedTime());
            }
        });

        loop.run(timed::main);

        assertEquals(List.of(
                "Task A finalizada @1.000",
                "Task C finalizada @3.000",
                "Task B finalizada @5.000"), finished);
    }

    @Test
    void awaitedOneByOneTheyTakeTheSumOfTheirDelays() {
        List<String> results = loop.run(lab::oneByOne);

        assertEquals(Duration.ofSeconds(9), loop.now());
        assertEquals(List.of("Task A finalizada", "Task B finalizada", "Task C finalizada"), results);
        assertEquals(List.of(
                "Task A iniciada", "Task A finalizada",
                "Task B iniciada", "Task B finalizada",
                "Task C iniciada", "Task C finalizada"), lines);
    }
}
