package lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LabsTest {

    /** Surefire runs in the module's directory. */
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void listsEveryClassAnnotatedWithTranslates() throws IOException {
        Set<String> annotated;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            annotated = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("Translates.java"))
                    .filter(LabsTest::hasTranslatesAnnotation)
                    .map(f -> SOURCES.relativize(f).toString().replace(".java", "").replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = Labs.ALL.stream().map(lab -> lab.type().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(annotated, listed, "add the missing labs to Labs.ALL");
        Labs.ALL.forEach(lab -> assertNotNull(lab.translates(), lab.type() + " lacks @Translates"));
    }

    private static boolean hasTranslatesAnnotation(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("@Translates("));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listShowsLessonExampleAndClass() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = Labs.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status);
        assertTrue(lines.contains("backend/sincrono-assincrono"));
        assertTrue(lines.contains("  #10    lab.s08_network.GreetingServer"));
        assertTrue(lines.contains("  texto  lab.workers.WorkerPoolServer"));
        assertTrue(lines.contains("  #1     lab.route.UserUpdateRoute"));
    }

    @Test
    void findsByFullOrSimpleNameAndRejectsUnknownNames() throws Exception {
        assertEquals(lab.s08_network.GreetingClient.class, Labs.find("GreetingClient").orElseThrow().type());
        assertEquals(lab.s08_network.GreetingClient.class,
                Labs.find("lab.s08_network.GreetingClient").orElseThrow().type());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Labs.run(new String[] {"NoSuchLab"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals("lab desconhecido: NoSuchLab (rode sem argumentos para ver a lista)",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
