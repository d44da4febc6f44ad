package lousa.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders (new ones too) and calls back once things have been quiet for the
 * debounce time, so an editor's save (temp file, rename, chmod) or a {@code git checkout} is one rebuild. Editor
 * temporaries and dot files do not count. The callback runs on the watcher's own thread, so rebuilds never overlap;
 * changes made during one are picked up by the next. It gets the paths that changed (created, modified or
 * deleted files and folders), or an empty set when they are not known (the system dropped events).
 */
final class ChangeWatcher implements Closeable {

    private final WatchService service;
    private final WatchEvent.Modifier[] modifiers;
    private final Predicate<Path> watched;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param roots   folders to watch with everything under them; missing ones are skipped
     * @param watched which paths count (a folder that does not count is not registered)
     */
    ChangeWatcher(List<Path> roots, Predicate<Path> watched, Duration debounce, Consumer<Set<Path>> onChange)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.modifiers = modifiers(service.getClass().getName(), Runtime.version().feature());
        this.watched = watched;
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
        }
        this.thread = new Thread(this::loop, "lousa-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                if (dir.equals(root) || watched.test(dir)) {
                    folders.put(dir.register(service, KINDS, modifiers), dir);
                }
            }
        }
    }

    private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE};

    /**
     * Where the system has no native watch service (macOS), the JDK polls the folders: on JDK 17 and 18 every
     * 10 s, which would make a save show after up to 10 s, unless they are registered with the JDK's HIGH
     * sensitivity (2 s). JDK 19 and later poll every second by default, and native services ignore modifiers.
     */
    @SuppressWarnings("removal") // deprecated from JDK 21, where it is not used
    static WatchEvent.Modifier[] modifiers(String serviceClass, int jdk) {
        return serviceClass.equals("sun.nio.fs.PollingWatchService") && jdk < 19
                ? new WatchEvent.Modifier[] {com.sun.nio.file.SensitivityWatchEventModifier.HIGH}
                : new WatchEvent.Modifier[0];
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                boolean[] unknown = {false};
                if (!relevant(service.take(), changed, unknown)) {
                    continue;
                }
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant(more, changed, unknown);
                }
                onChange.accept(unknown[0] ? Set.of() : Set.copyOf(changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Registers new folders and adds the paths that changed; true when an event concerns a watched file. */
    private boolean relevant(WatchKey key, Set<Path> changed, boolean[] unknown) {
        Path dir = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                relevant = true;
                unknown[0] = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!watched.test(path) || ignored(path.getFileName().toString())) {
                continue;
            }
            relevant = true;
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // gone again, or unreadable: the rebuild will say so if it matters
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /** Dot files and editors' temporaries: vim's .swp and 4913, Emacs' ~ and .#, JetBrains' ___jb_ files. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.contains("___jb_");
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
