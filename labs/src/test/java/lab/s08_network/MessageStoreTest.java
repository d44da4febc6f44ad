package lab.s08_network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import lab.LabOutputFile;
import lab.s08_network.MessageStore.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class MessageStoreTest {

    @TempDir
    Path dir;

    @Test
    void printsTheTenRowsLikePython() {
        List<String> out = new ArrayList<>();

        MessageStore.run(dir.resolve("banco.db"), out::add);

        String expected = IntStream.range(0, 10)
                .mapToObj(i -> "(" + (i + 1) + ", 'Mensagem " + i + "')")
                .collect(Collectors.joining(", ", "[", "]"));
        assertEquals(List.of(expected), out);
        LabOutputFile.write("backend/sincrono-assincrono", 12, "MessageStoreTest#printsTheTenRowsLikePython", out);
    }

    @Test
    void storesRowsInTheDatabaseFile() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            MessageStore store = new MessageStore(dir.resolve("banco.db"), "mensagens", executor);
            store.createTable().thenCompose(x -> store.insertSample()).join();

            List<Message> rows = store.findAll().join();

            assertEquals(10, rows.size());
            assertEquals(new Message(1, "Mensagem 0"), rows.getFirst());
            assertEquals(new Message(10, "Mensagem 9"), rows.getLast());
        }
    }

    @Test
    void runningTheScriptTwiceAppendsTwentyRows() {
        Path db = dir.resolve("banco.db");
        MessageStore.run(db, line -> { });
        MessageStore.run(db, line -> { });

        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Message> rows = new MessageStore(db, "mensagens", executor).findAll().join();
            assertEquals(20, rows.size());
            assertEquals(new Message(20, "Mensagem 9"), rows.getLast());
        }
    }

    @Test
    void rejectsATableNameThatIsNotAnIdentifier() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            assertThrows(IllegalArgumentException.class,
                    () -> new MessageStore(dir.resolve("x.db"), "mensagens; DROP TABLE mensagens", executor));
        }
    }
}
