package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleBreaksTest {

    @Test
    void aLongFileNameBreaksBeforeItsHumpsAndItsExtension() {
        assertEquals("Gather<wbr>Downloads<wbr>.java", TitleBreaks.html("GatherDownloads.java"));
        assertEquals("Squares<wbr>One<wbr>By<wbr>One<wbr>Vs<wbr>Gather<wbr>.java",
                TitleBreaks.html("SquaresOneByOneVsGather.java"));
    }

    @Test
    void proseAndShortWordsComeOutAsTheEscaperMakesThem() {
        assertEquals("Sistemas Síncronos e Assíncronos", TitleBreaks.html("Sistemas Síncronos e Assíncronos"));
        assertEquals("Python → Java", TitleBreaks.html("Python → Java"));
        assertEquals("Main.java &amp; &lt;T&gt;  CancelTask", TitleBreaks.html("Main.java & <T>  CancelTask"));
        assertEquals("Completable<wbr>Future&lt;T&gt;", TitleBreaks.html("CompletableFuture<T>"));
    }
}
