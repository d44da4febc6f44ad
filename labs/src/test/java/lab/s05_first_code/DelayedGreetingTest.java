package lab.s05_first_code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class DelayedGreetingTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();
    private final DelayedGreeting lab = new DelayedGreeting(loop, lines::add);

    @Test
    void printsOlaAfterOneSecondAndMundoTwoSecondsLater() {
        loop.run(lab::main);

        assertEquals(List.of(
                "Início da execução: 0.000",
                "Olá",
                "Mundo",
                "Fim da execução: 3.000"), lines);
        assertEquals(Duration.ofSeconds(3), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 1,
                "DelayedGreetingTest#printsOlaAfterOneSecondAndMundoTwoSecondsLater", lines);
    }

    @Test
    void eachMessageIsPrintedWhenItsDelayHasPassed() {
        List<String> timeline = new ArrayList<>();
        var timed = new DelayedGreeting(loop, line -> timeline.add(loop.formattedTime() + " " + line));

        loop.run(timed::main);

        assertEquals(List.of(
                "0.000 Início da execução: 0.000",
                "1.000 Olá",
                "3.000 Mundo",
                "3.000 Fim da execução: 3.000"), timeline);
    }
}
