package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabPagesTest {

    @Test
    void codeInTheConstructsTableBreaksAtDotsBetweenNamesAndKeepsArrowsWhole() {
        assertEquals("asyncio.<wbr>get_event_loop().<wbr>time()",
                LabPages.breakableCode("asyncio.get_event_loop().time()"));
        assertEquals("loop.<wbr>runInExecutor(executor, () <span class=\"lab-constructs__arrow\">-&gt;</span> f(x))",
                LabPages.breakableCode("loop.runInExecutor(executor, () -> f(x))"));
        assertEquals("CompletableFuture&lt;T&gt; 0.000 x.…", LabPages.breakableCode("CompletableFuture<T> 0.000 x.…"));
    }

    @Test
    void inlineCodeMarksBacktickRunsAndEscapesTheRest() {
        assertEquals("um <code>Supplier&lt;T&gt;</code> &amp; <code>f.<wbr>get()</code>",
                LabPages.inlineCode("um `Supplier<T>` & `f.get()`"));
    }
}
