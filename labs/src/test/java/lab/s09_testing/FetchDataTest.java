package lab.s09_testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import lab.Translates;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §9, exemplo 15: test_fetch_data, o teste de fetch_data com pytest-asyncio.
 *
 * <p>O Java dispensa o {@code @pytest.mark.asyncio}: um teste JUnit comum executa a corrotina até o fim com
 * {@code loop.run}, o {@code asyncio.run} do teste. No loop virtual, os dois segundos passam em microssegundos.
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
