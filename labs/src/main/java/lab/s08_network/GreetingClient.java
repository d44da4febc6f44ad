package lab.s08_network;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import lab.Translates;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §8, exemplo 11: cliente com asyncio.open_connection.
 *
 * <p>{@code open_connection} devolve um reader e um writer; um {@link Socket} do Java tem um fluxo de entrada e um de
 * saída. As chamadas bloqueiam, o que custa pouco num thread virtual; o timeout evita que um servidor que não responde
 * deixe o cliente travado.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 11)
public final class GreetingClient {

    private GreetingClient() {
    }

    // region lesson
    /** connect_to_server: sends the message and returns the server's reply. */
    public static String exchange(String host, int port, String message, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) { // try-with-resources closes it, like writer.close()
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush(); // drain()

            InputStream reader = socket.getInputStream();
            byte[] buffer = new byte[1024];
            int n = reader.read(buffer); // reader.read(1024): one read, up to 1024 bytes
            return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        }
    }

    static void run(String host, int port, Consumer<String> out) throws IOException {
        String data = exchange(host, port, "oi tudo bem ai?", Duration.ofSeconds(10));
        out.accept("Resposta do servidor: " + data);
    }
    // endregion

    public static void main(String[] args) throws IOException {
        run("127.0.0.1", 8888, System.out::println);
    }
}
