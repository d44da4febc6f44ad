package lab.s06_async_await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class SquaresOneByOneVsGatherTest {

    private static final List<Integer> SQUARES = List.of(1, 4, 16, 64, 256, 1024);

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();
    private final SquaresOneByOneVsGather lab = new SquaresOneByOneVsGather(loop, lines::add);

    @Test
    void awaitInsideTheComprehensionTakesOneSecondPerNumber() {
        List<Integer> squares = loop.run(() -> lab.oneByOne(SquaresOneByOneVsGather.NUMBERS));

        assertEquals(SQUARES, squares);
        assertEquals(Duration.ofSeconds(6), loop.now());
    }

    @Test
    void gatherTakesOneSecondForAllOfThem() {
        List<Integer> squares = loop.run(() -> lab.together(SquaresOneByOneVsGather.NUMBERS));

        assertEquals(SQUARES, squares);
        assertEquals(Duration.ofSeconds(1), loop.now());
    }

    @Test
    void mainPrintsTheSameListTwiceAfterSixPlusOneSeconds() {
        loop.run(lab::main);

        assertEquals(List.of("[1, 4, 16, 64, 256, 1024]", "[1, 4, 16, 64, 256, 1024]"), lines);
        assertEquals(Duration.ofSeconds(7), loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 3,
                "SquaresOneByOneVsGatherTest#mainPrintsTheSameListTwiceAfterSixPlusOneSeconds", lines);
    }
}
