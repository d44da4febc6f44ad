package lab.s08_network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import lab.Translates;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §8, exemplo 10: servidor com asyncio.start_server.
 *
 * <p>O asyncio atende todos os clientes num só thread, alternando entre eles a cada {@code await}. O Java 21 chega à
 * mesma escalabilidade com código bloqueante comum: um thread virtual por conexão, suspenso (sem bloquear um thread do
 * sistema operacional) enquanto espera o {@code read}. A alternativa no estilo de callbacks,
 * {@code AsynchronousServerSocketChannel}, existe, mas é mais difícil de ler do que este código.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 10)
public final class GreetingServer implements AutoCloseable {

    /** asyncio.start_server's default backlog is 100 too: connections waiting to be accepted. */
    private static final int BACKLOG = 100;

    private final ServerSocket listener;
    private final Consumer<String> out;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;

    private GreetingServer(ServerSocket listener, Consumer<String> out) {
        this.listener = listener;
        this.out = out;
        this.acceptor = Thread.ofVirtual().name("greeting-acceptor").start(this::acceptLoop);
    }

    /** Like {@code await asyncio.start_server(handle_client, host, port)}: bound and accepting on return. */
    public static GreetingServer start(String host, int port, Consumer<String> out) throws IOException {
        return new GreetingServer(new ServerSocket(port, BACKLOG, InetAddress.getByName(host)), out);
    }

    /** The bound port: tests ask for port 0 and read the one the system chose. */
    public int port() {
        return listener.getLocalPort();
    }

    // region lesson
    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.execute(() -> serve(client)); // one cheap virtual thread per client
            } catch (SocketException closed) {
                return; // close() closed the listener: stop accepting, like server.close()
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void serve(Socket client) {
        try {
            handleClient(client);
        } catch (IOException e) {
            // Uncaught, so the thread's handler prints it, as asyncio logs an error in a client callback
            throw new UncheckedIOException(e);
        }
    }

    /** handle_client: the socket's streams play the roles of asyncio's reader and writer. */
    private void handleClient(Socket socket) throws IOException {
        try (socket) { // closes the connection like writer.close() + wait_closed()
            InputStream reader = socket.getInputStream();
            OutputStream writer = socket.getOutputStream();

            byte[] buffer = new byte[1024];
            int n = reader.read(buffer); // like reader.read(1024): up to 1024 bytes, whatever has arrived
            String message = n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
            out.accept("Dados Recebido: " + message);

            String resposta = "Ola Cliente!";
            writer.write(resposta.getBytes(StandardCharsets.UTF_8));
            writer.flush(); // drain(): Socket streams are unbuffered, flush states the intent
            out.accept("Fechando Conexão");
        }
    }
    // endregion

    /** Blocks like {@code await server.serve_forever()}, until another thread calls {@link #close()}. */
    public void serveForever() throws InterruptedException {
        acceptor.join();
    }

    /** The end of {@code async with server}: stop accepting, then wait for the clients being served. */
    @Override
    public void close() throws IOException {
        listener.close();
        try {
            // A virtual thread parked in accept() defers the socket's real close until it wakes up: wait for it,
            // or a client connecting right now could still land in the listen queue and then be reset.
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.close(); // ExecutorService.close() waits for the running handlers to finish
    }

    public static void main(String[] args) throws Exception {
        try (GreetingServer server = start("127.0.0.1", 8888, System.out::println)) {
            server.serveForever();
        }
    }
}
