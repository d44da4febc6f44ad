package lab.s06_async_await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class GatherDownloadsTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();

    @Test
    void fourDownloadsOfTwoSecondsTakeTwoSecondsAndReturnInOrder() {
        List<String> results = loop.run(new GatherDownloads(loop, lines::add)::main);

        assertEquals(Duration.ofSeconds(2), loop.now());
        assertEquals(List.of(
                "Corotina arquivo1.txt finalizada",
                "Corotina arquivo2.txt finalizada",
                "Corotina arquivo3.txt finalizada",
                "Corotina arquivo4.txt finalizada"), results);
        assertEquals(List.of(
                "Corotina arquivo1.txt iniciada - 0.000",
                "Corotina arquivo2.txt iniciada - 0.000",
                "Corotina arquivo3.txt iniciada - 0.000",
                "Corotina arquivo4.txt iniciada - 0.000",
                "Corotina arquivo1.txt finalizada - 2.000",
                "Corotina arquivo2.txt finalizada - 2.000",
                "Corotina arquivo3.txt finalizada - 2.000",
                "Corotina arquivo4.txt finalizada - 2.000",
                "Corotina arquivo1.txt finalizada",
                "Corotina arquivo2.txt finalizada",
                "Corotina arquivo3.txt finalizada",
                "Corotina arquivo4.txt finalizada"), lines);
        LabOutputFile.write("backend/sincrono-assincrono", 6,
                "GatherDownloadsTest#fourDownloadsOfTwoSecondsTakeTwoSecondsAndReturnInOrder", lines);
    }
}
