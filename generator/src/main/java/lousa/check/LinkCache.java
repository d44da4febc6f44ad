package lousa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lousa.write.Json;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Answers of earlier runs, kept for a day in a JSON file ({@code links.json} under the user cache), so running
 * {@code check --external} again does not hit every site again. Only lasting answers are kept (see
 * {@link LinkStatus#lasting()}): a timeout or a 503 is asked again next time. A missing or unreadable file is an
 * empty cache.
 */
public final class LinkCache {

    public static final Duration TTL = Duration.ofDays(1);
    /** System property naming the cache folder, for tests and CI. */
    public static final String DIR_PROPERTY = "lousa.cache.dir";

    private final Path file;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private LinkCache(Path file, Clock clock, Map<String, Entry> entries) {
        this.file = file;
        this.clock = clock;
        this.entries = entries;
    }

    /** {@code -Dlousa.cache.dir}, else {@code $XDG_CACHE_HOME/lousa}, else {@code ~/.cache/lousa}; then links.json. */
    public static Path defaultFile() {
        String property = System.getProperty(DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).resolve("links.json");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lousa").resolve("links.json");
    }

    public static LinkCache load(Path file, Clock clock) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            if (Files.isRegularFile(file)) {
                Object json = new Load(LoadSettings.builder().build())
                        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
                if (json instanceof Map<?, ?> root && root.get("links") instanceof Map<?, ?> links) {
                    links.forEach((url, value) -> {
                        if (url instanceof String key && value instanceof Map<?, ?> fields) {
                            Entry.read(key, fields).ifPresent(entry -> entries.put(key, entry));
                        }
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // a damaged cache only costs a recheck
        }
        return new LinkCache(file, clock, entries);
    }

    public Path file() {
        return file;
    }

    /** The answer for a URL, if one was cached less than a day ago. */
    public synchronized Optional<LinkStatus> get(String url) {
        Entry entry = entries.get(url);
        if (entry == null || !fresh(entry)) {
            return Optional.empty();
        }
        return Optional.of(entry.status());
    }

    /** Keeps a lasting answer; a passing failure removes what was cached for the URL. */
    public synchronized void put(LinkStatus status) {
        if (status.lasting()) {
            entries.put(status.url(), new Entry(status, clock.instant()));
        } else {
            entries.remove(status.url());
        }
    }

    /** Writes the fresh entries (expired ones are dropped), atomically. */
    public synchronized void save() throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"links\": {");
        boolean first = true;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!fresh(e.getValue())) {
                continue;
            }
            LinkStatus s = e.getValue().status();
            out.append(first ? "\n    " : ",\n    ");
            first = false;
            Json.string(out, e.getKey());
            out.append(": {\"checked\": ");
            Json.string(out, e.getValue().checked().toString());
            out.append(", \"ok\": ").append(s.ok()).append(", \"status\": ").append(s.status()).append(", \"final\": ");
            Json.string(out, s.finalUrl());
            out.append(", \"moved\": ").append(s.moved()).append(", \"problem\": ");
            Json.string(out, s.problem());
            out.append('}');
        }
        out.append(first ? "}\n}\n" : "\n  }\n}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".links-", ".json");
        try {
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private boolean fresh(Entry entry) {
        Instant now = clock.instant();
        return !entry.checked().isAfter(now) && entry.checked().plus(TTL).isAfter(now);
    }

    private record Entry(LinkStatus status, Instant checked) {

        static Optional<Entry> read(String url, Map<?, ?> fields) {
            try {
                Instant checked = Instant.parse((String) fields.get("checked"));
                boolean ok = (Boolean) fields.get("ok");
                int status = ((Number) fields.get("status")).intValue();
                String finalUrl = (String) fields.get("final");
                boolean moved = (Boolean) fields.get("moved");
                String problem = (String) fields.get("problem");
                return Optional.of(new Entry(new LinkStatus(url, ok, status, finalUrl, moved, problem, true), checked));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
