package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline mode a build writes: {@code offline.json} lists every file a reader's saved copy needs, with the size
 * and checksum of its bytes as written (so saving again fetches only what changed); {@code sw.js} keeps the shell
 * from the first visit; {@code offline.html} answers for a page not saved; the web app manifest makes the course
 * installable. {@code serve}'s preview has no offline mode. The browser side is {@code OfflineBrowserIT}.
 */
class OfflineModeTest {

    private static final Pattern ENTRY = Pattern.compile("^\\[\"([^\"]+)\",(\\d+),\"([0-9a-f]{8})\"]", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private CourseFixture course;

    @BeforeEach
    void course() throws IOException {
        course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\ndescription: Um curso.\n")
                .file("01-mod/1-a.md", "# A\n\nTexto de A e ![figura](fig.png).\n")
                .file("01-mod/2-b.md", "# B\n\nTexto de B.\n")
                .bytes("01-mod/fig.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 7});
    }

    private BuildResult build(String baseUrl) throws IOException {
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false, baseUrl, true));
        assertTrue(result.written(), course.messages(result).toString());
        return result;
    }

    @Test
    void theListNamesEveryFileTheReaderNeedsWithTheSizeAndChecksumOfItsBytes() throws IOException {
        build("https://exemplo.com.br/curso/");
        Map<String, String[]> listed = listed();
        Set<String> expected = new TreeSet<>(siteFiles());
        expected.removeAll(Set.of("offline.json", "sw.js", ".nojekyll", ".lousa-site", "sitemap.xml", "robots.txt"));
        expected.removeIf(path -> path.startsWith("assets/social/"));
        assertEquals(expected, listed.keySet(), "the site but what only crawlers and hosts read");
        assertTrue(listed.keySet().containsAll(Set.of("index.html", "mod/a.html", "media/01-mod/fig.png",
                "offline.html", "manifest.webmanifest", "search/index.js")), listed.keySet().toString());
        for (Map.Entry<String, String[]> entry : listed.entrySet()) {
            byte[] bytes = Files.readAllBytes(course.out().resolve(entry.getKey()));
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            assertEquals(String.valueOf(bytes.length), entry.getValue()[0], entry.getKey());
            assertEquals(String.format("%08x", crc.getValue()), entry.getValue()[1], entry.getKey());
        }
    }

    @Test
    void anEditChangesTheChecksumsOfTheFilesItChangesAndNoOther() throws IOException {
        build(null);
        Map<String, String[]> before = listed();
        course.file("01-mod/2-b.md", "# B\n\nOutro texto de B.\n");
        build(null);
        Map<String, String[]> after = listed();
        assertEquals(before.keySet(), after.keySet());
        List<String> changed = new ArrayList<>();
        for (String path : before.keySet()) {
            if (!before.get(path)[1].equals(after.get(path)[1])) {
                changed.add(path);
            }
        }
        assertTrue(changed.contains("mod/b.html"), changed.toString());
        assertFalse(changed.contains("mod/a.html") || changed.contains("index.html")
                || changed.stream().anyMatch(path -> path.startsWith("assets/")), changed.toString());
    }

    @Test
    void theWorkerKeepsTheShellAndTheOfflinePageSaysWhatHappened() throws IOException {
        build(null);
        String worker = course.read("sw.js");
        Matcher shell = Pattern.compile("var SHELL = \\[(.*)];").matcher(worker);
        assertTrue(shell.find(), worker.substring(0, 400));
        List<String> urls = List.of(shell.group(1).replace("\"", "").split(","));
        assertEquals("offline.html", urls.get(0));
        assertTrue(urls.stream().anyMatch(url -> url.matches("assets/lousa\\.[0-9a-f]{8}\\.css")), urls.toString());
        for (String url : urls) {
            assertTrue(Files.isRegularFile(course.out().resolve(url)), url);
        }
        var offline = Jsoup.parse(course.read("offline.html"));
        assertEquals("Você está sem conexão", offline.selectFirst("h1").text());
        assertEquals("noindex", offline.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(offline.select("link[rel=stylesheet]").isEmpty(), "its style is inlined: it answers at any address");
        var lesson = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../manifest.webmanifest", lesson.selectFirst("link[rel=manifest]").attr("href"));
        assertTrue(lesson.selectFirst("body").attr("data-offline-script").matches("\\.\\./assets/offline\\.[0-9a-f]{8}\\.js"));
        assertEquals("Salvar o curso para ler offline", lesson.selectFirst(".offline-save").text());
    }

    @Test
    void theManifestMakesTheCourseInstallable() throws IOException {
        build(null);
        String manifest = course.read("manifest.webmanifest");
        assertTrue(manifest.contains("\"name\": \"Curso\"") && manifest.contains("\"start_url\": \"./\"")
                && manifest.contains("\"display\": \"standalone\"") && manifest.contains("\"lang\": \"pt-BR\""), manifest);
        Matcher icons = Pattern.compile("\"src\": \"([^\"]+)\", \"sizes\": \"(\\d+x\\d+|any)\"").matcher(manifest);
        List<String> sizes = new ArrayList<>();
        while (icons.find()) {
            assertTrue(Files.isRegularFile(course.out().resolve(icons.group(1))), icons.group(1));
            sizes.add(icons.group(2));
        }
        assertTrue(sizes.containsAll(List.of("192x192", "512x512")), sizes.toString());
    }

    @Test
    void aCourseThatTurnsItOffHasNoSaveButtonAndAWorkerThatRemovesAnEarlierOne() throws IOException {
        build(null);
        assertTrue(Files.exists(course.out().resolve("offline.json")));
        course.file("course.yml", "title: Curso\noffline: false\n");
        build(null);
        for (String file : List.of("offline.json", "offline.html")) {
            assertFalse(Files.exists(course.out().resolve(file)), file);
        }
        String worker = course.read("sw.js");
        assertTrue(worker.contains("registration.unregister()") && worker.contains("caches.delete"), worker);
        var lesson = Jsoup.parse(course.read("mod/a.html"));
        assertTrue(lesson.select(".offline, .offline-save").isEmpty(), "no button to save the course");
        assertFalse(lesson.selectFirst("body").hasAttr("data-offline-script"));
    }

    @Test
    void servesPreviewHasNoOfflineModeAndNoButtonToSave() throws IOException {
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false, null, true,
                null, null, true, false));
        assertTrue(result.written());
        for (String file : List.of("sw.js", "offline.json", "offline.html")) {
            assertFalse(Files.exists(course.out().resolve(file)), file);
        }
        assertTrue(Files.exists(course.out().resolve("manifest.webmanifest")), "the page's manifest link still works");
        var lesson = Jsoup.parse(course.read("mod/a.html"));
        assertTrue(lesson.select(".offline, .offline-save").isEmpty(), "no button that could only fail");
        assertFalse(lesson.selectFirst("body").hasAttr("data-offline-script"));
    }

    private Map<String, String[]> listed() throws IOException {
        Map<String, String[]> listed = new TreeMap<>();
        Matcher entry = ENTRY.matcher(course.read("offline.json"));
        while (entry.find()) {
            listed.put(entry.group(1), new String[] {entry.group(2), entry.group(3)});
        }
        return listed;
    }

    private List<String> siteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(course.out())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> course.out().relativize(file).toString().replace('\\', '/')).toList();
        }
    }
}
