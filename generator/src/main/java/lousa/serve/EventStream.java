package lousa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code /__lousa/events}: a Server-Sent Events stream per open page. A page gets the current build state when it
 * connects, then every new one; a comment every 15 s finds pages that went away. Each stream holds one server
 * thread while it is open.
 */
final class EventStream implements HttpHandler {

    private static final String CLOSE = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile BuildEvent current;
    private volatile boolean closed;

    void publish(BuildEvent event) {
        current = event;
        String message = format(event);
        clients.forEach(queue -> queue.offer(message));
    }

    int clients() {
        return clients.size();
    }

    /** Ends every stream, so their threads return and the server can stop. */
    void close() {
        closed = true;
        clients.forEach(queue -> queue.offer(CLOSE));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            send(body, "retry: 1000\n\n");
            BuildEvent now = current;
            if (now != null) {
                send(body, format(now));
            }
            while (!closed) {
                String message = queue.poll(15, TimeUnit.SECONDS);
                if (message == CLOSE) {
                    break;
                }
                send(body, message == null ? ": ping\n\n" : message);
            }
        } catch (IOException | InterruptedException e) {
            // the page went away, or the server is stopping
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    private static String format(BuildEvent event) {
        return "event: build\nid: " + event.build() + "\ndata: " + event.json() + "\n\n";
    }
}
