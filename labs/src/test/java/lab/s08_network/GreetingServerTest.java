package lab.s08_network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import lab.LabOutputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Examples 10 and 11 together: the real server and the real client over loopback TCP. */
@Timeout(20)
class GreetingServerTest {

    private static final String LESSON = "backend/sincrono-assincrono";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final List<String> serverOut = Collections.synchronizedList(new ArrayList<>());
    private GreetingServer server;

    @BeforeEach
    void start() throws Exception {
        server = GreetingServer.start("127.0.0.1", 0, serverOut::add);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void clientPrintsTheReplyAndServerPrintsWhatItReceived() throws Exception {
        List<String> clientOut = new ArrayList<>();

        GreetingClient.run("127.0.0.1", server.port(), clientOut::add);
        server.close(); // waits for the handler, so its lines are all there

        assertEquals(List.of("Resposta do servidor: Ola Cliente!"), clientOut);
        assertEquals(List.of("Dados Recebido: oi tudo bem ai?", "Fechando Conexão"), serverOut);
        LabOutputFile.write(LESSON, 11, "GreetingServerTest#clientPrintsTheReplyAndServerPrintsWhatItReceived",
                clientOut);
        LabOutputFile.write(LESSON, 10, "GreetingServerTest#clientPrintsTheReplyAndServerPrintsWhatItReceived",
                serverOut);
    }

    @Test
    void answersOneHundredConcurrentClients() throws Exception {
        List<Future<String>> replies;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            replies = IntStream.range(0, 100)
                    .mapToObj(i -> clients.submit(
                            () -> GreetingClient.exchange("127.0.0.1", server.port(), "cliente " + i, TIMEOUT)))
                    .toList();
        } // close() waits for all 100 clients

        for (Future<String> reply : replies) {
            assertEquals("Ola Cliente!", reply.resultNow());
        }
        server.close();
        assertEquals(100, serverOut.stream().filter(line -> line.startsWith("Dados Recebido: cliente ")).count());
        assertEquals(100, serverOut.stream().filter("Fechando Conexão"::equals).count());
    }

    @Test
    void closeStopsAccepting() throws Exception {
        int port = server.port();
        server.close();

        assertThrows(ConnectException.class, () -> GreetingClient.exchange("127.0.0.1", port, "alguém?", TIMEOUT));
    }

}
