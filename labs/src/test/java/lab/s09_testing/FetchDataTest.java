package lab.s09_testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import lab.Translates;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §9, exemplo 15: test_fetch_data, o teste de fetch_data com pytest-asyncio.
 *
 * <p>Java needs no {@code @pytest.mark.asyncio}: a plain JUnit test runs the coroutine to completion with
 * {@code loop.run}, the {@code asyncio.run} of the test. On the virtual loop the two seconds pass in microseconds.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 15)
class FetchDataTest {

    // region lesson
    @Test
    void fetchDataReturnsData() {
        var loop = new VirtualEventLoop();

        String data = loop.run(() -> new FetchData(loop).fetchData());

        assertEquals("data", data, "Resultado esperado não foi retornado.");
        assertEquals(Duration.ofSeconds(2), loop.now());
    }
    // endregion
}
