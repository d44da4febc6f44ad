package lousa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day's memory of lasting answers, in a JSON file that survives a damaged write. */
class LinkCacheTest {

    @TempDir
    Path dir;

    static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    @Test
    void lastingAnswersAreKeptForADay() throws Exception {
        Path file = dir.resolve("cache/links.json");
        LinkCache cache = LinkCache.load(file, Clock.fixed(NOW, ZoneOffset.UTC));
        LinkStatus moved = LinkStatus.ok("https://a.example/x", 200, "https://b.example/\"x\"", true);
        LinkStatus gone = LinkStatus.broken("https://a.example/gone", 404, "https://a.example/gone", "HTTP 404 Not Found");
        LinkStatus down = LinkStatus.broken("https://a.example/down", 503, "https://a.example/down", "HTTP 503");
        cache.put(moved);
        cache.put(gone);
        cache.put(down);
        cache.save();

        LinkCache later = LinkCache.load(file, Clock.fixed(NOW.plus(Duration.ofHours(23)), ZoneOffset.UTC));
        assertEquals(Optional.of(moved), later.get(moved.url()));
        assertEquals(Optional.of(gone), later.get(gone.url()));
        assertEquals(Optional.empty(), later.get(down.url()), "a passing failure is asked again");

        LinkCache tomorrow = LinkCache.load(file, Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC));
        assertEquals(Optional.empty(), tomorrow.get(moved.url()));
    }

    @Test
    void aDamagedFileIsAnEmptyCache() throws Exception {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{\"version\": 1, \"links\": {\"https://x\": {\"ok\": tru");
        LinkCache cache = LinkCache.load(file, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(Optional.empty(), cache.get("https://x"));
        cache.save();
        assertTrue(Files.readString(file).contains("\"links\": {}"));
    }

    @Test
    void theDefaultFileFollowsTheSystemProperty() {
        String old = System.getProperty(LinkCache.DIR_PROPERTY);
        try {
            System.setProperty(LinkCache.DIR_PROPERTY, dir.toString());
            assertEquals(dir.resolve("links.json"), LinkCache.defaultFile());
        } finally {
            if (old == null) {
                System.clearProperty(LinkCache.DIR_PROPERTY);
            } else {
                System.setProperty(LinkCache.DIR_PROPERTY, old);
            }
        }
    }
}
