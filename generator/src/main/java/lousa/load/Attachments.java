package lousa.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Non-lesson files under content/, found by their path or, as Obsidian does, by file name alone. */
public final class Attachments {

    private final Map<String, Path> byRelative = new TreeMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    void add(String relative, Path file) {
        byRelative.put(relative, file);
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(relative);
    }

    /** The attachment at this content-relative path ("mod/img/x.png"), if any. */
    public Optional<String> atPath(String relative) {
        return byRelative.containsKey(relative) ? Optional.of(relative) : Optional.empty();
    }

    /** The attachment with this file name anywhere under content/; the shortest path wins a tie, as in Obsidian. */
    public Optional<String> byName(String name) {
        List<String> found = byName.getOrDefault(name, List.of());
        return found.stream().min((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
    }

    public Path file(String relative) {
        return byRelative.get(relative);
    }

    public Map<String, Path> all() {
        return Collections.unmodifiableMap(byRelative);
    }
}
