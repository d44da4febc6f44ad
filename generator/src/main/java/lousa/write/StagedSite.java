package lousa.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Stage 6, write: the site is written into a fresh folder beside the target and swapped in only when the build
 * succeeded, so a failed build never leaves a half-written site and the previous one stays served.
 *
 * <p>A file whose bytes are those of the same file in the site being replaced is not written again: it becomes a
 * hard link to that file, as {@code rsync --link-dest} does. A rebuild then writes only what changed, the files
 * that did not change keep their modification time (so {@code rsync} and web caches skip them), and deleting the
 * old site frees nothing the new one still holds. Files are never changed in place, by this class or by
 * {@code serve}, so sharing them between the two folders is safe. Where hard links fail (a file system without
 * them), the build falls back to writing every file.
 */
public final class StagedSite implements AutoCloseable {

    /** Marks a folder as Lousa's output, so a swap never deletes a folder the user made. */
    static final String MARKER = ".lousa-site";

    private final Path target;
    private final Path staging;
    /** The site being replaced, whose unchanged files are linked instead of written; null when there is none. */
    private final Path previous;
    /** The permissions a file written now gets (the umask's), read off the marker; null off POSIX. */
    private final Set<PosixFilePermission> newFilePermissions;
    private volatile boolean linking = true;
    private boolean committed;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Every file put in the site, by site path, once {@link #listingFiles()} asked for it; else null. */
    private volatile Map<String, SiteFile> listed;

    private StagedSite(Path target, Path staging, Path previous, Set<PosixFilePermission> newFilePermissions) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.newFilePermissions = newFilePermissions;
    }

    public static StagedSite begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new UnsafeTargetException(absolute);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = freshFolder(parent, "." + absolute.getFileName() + ".building-");
        Path marker = Files.writeString(staging.resolve(MARKER),
                "Built by Lousa; this folder is replaced on every build.\n");
        Set<PosixFilePermission> permissions = Files.getFileStore(staging)
                .supportsFileAttributeView(PosixFileAttributeView.class) ? Files.getPosixFilePermissions(marker) : null;
        return new StagedSite(absolute, staging, Files.isDirectory(absolute) ? absolute : null, permissions);
    }

    /**
     * A new folder of a name nobody uses, made as {@code mkdir} makes one, with the permissions the umask allows.
     * Not {@link Files#createTempDirectory}, whose folders are private (0700): this one becomes the site, which a web
     * server running as another user must read, and which {@code rsync -a site/ host:/var/www/} copies with its mode.
     */
    private static Path freshFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path folder = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                // taken (by a concurrent build, or one that crashed): draw another name
            }
        }
    }

    /**
     * From now on, remembers the size and checksum of every file put in the site ({@link #files()}): the offline
     * list is made of them. Off by default, as the checksum reads every byte.
     */
    public StagedSite listingFiles() {
        listed = new ConcurrentHashMap<>();
        return this;
    }

    /** The files put in the site since {@link #listingFiles()}, by site path, sorted. */
    public SortedMap<String, SiteFile> files() {
        return listed == null ? new TreeMap<>() : new TreeMap<>(listed);
    }

    /** The folder being written. */
    public Path root() {
        return staging;
    }

    public void write(String sitePath, String content) throws IOException {
        write(sitePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of the site; thread-safe for distinct paths. */
    public void write(String sitePath, byte[] bytes) throws IOException {
        Path file = staging.resolve(sitePath);
        createFolder(file.getParent());
        if (!linkedToPrevious(sitePath, file, bytes.length, old -> sameBytes(old, bytes))) {
            Files.write(file, bytes);
        }
        Map<String, SiteFile> list = listed;
        if (list != null) {
            list.put(sitePath, SiteFile.of(bytes));
        }
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path file = staging.resolve(sitePath);
        createFolder(file.getParent());
        if (!linkedToPrevious(sitePath, file, Files.size(source), old -> Files.mismatch(source, old) == -1)) {
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, SiteFile> list = listed;
        if (list != null) {
            list.put(sitePath, SiteFile.read(file));
        }
    }

    /** Whether a file of the previous site has the bytes a new file would have. */
    private interface SameContent {
        boolean test(Path old) throws IOException;
    }

    /**
     * Links {@code file} to the previous site's file at {@code sitePath} when that is a regular file (not a
     * symbolic link someone put there) of the same size and bytes, with the permissions a new file would get (a
     * site built under a stricter umask is not kept unreadable by a rebuild under the usual one).
     *
     * @return whether the link was made; if not, the caller writes the file
     */
    private boolean linkedToPrevious(String sitePath, Path file, long size, SameContent same) throws IOException {
        if (previous == null || !linking) {
            return false;
        }
        Path old = previous.resolve(sitePath);
        try {
            BasicFileAttributes attributes = newFilePermissions == null
                    ? Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.readAttributes(old, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != size || !hasNewFilePermissions(attributes)
                    || !same.test(old)) {
                return false;
            }
        } catch (IOException e) {
            return false; // a new file, or one the old site has but cannot be read: written anew
        }
        try {
            Files.createLink(file, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            linking = false; // no hard links here (FAT, another file system): write every file from now on
            return false;
        }
    }

    /** Whether the old file has the permissions a file written now would get (always, off POSIX). */
    private boolean hasNewFilePermissions(BasicFileAttributes attributes) {
        return newFilePermissions == null
                || ((PosixFileAttributes) attributes).permissions().equals(newFilePermissions);
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /**
     * Creates a folder of the staging site once: pages share a few folders, and asking the file system again for
     * every page costs two system calls a page. Thread-safe; the staging folder is this build's alone.
     */
    private void createFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Swaps the finished site in: old site aside, new one in place, old one deleted. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Puts the finished site in place file by file, for a folder that is being served while it is rebuilt: files
     * whose bytes did not change are left alone, changed and new files are moved in one by one (each move is
     * atomic, so a reader gets the old page or the new one, never a missing or half-written one), and files the
     * build no longer makes are deleted.
     *
     * @return the site paths that were added, changed or deleted, sorted
     */
    public List<String> commitChanges() throws IOException {
        Map<String, Path> made = made();
        Set<String> changed = moveIn(made);
        // Stale files go last, so a page still open keeps its old assets until the new ones are in place.
        List<Path> stale;
        try (Stream<Path> files = Files.walk(target)) {
            stale = files.filter(f -> !Files.isDirectory(f) && !made.containsKey(sitePath(target, f))).toList();
        }
        for (Path file : stale) {
            Files.delete(file);
            changed.add(sitePath(target, file));
        }
        pruneEmptyFolders(target);
        committed = true;
        deleteTree(staging);
        return List.copyOf(changed);
    }

    /**
     * Puts a partial site in place: like {@link #commitChanges()}, changed and new files are moved in one by one
     * (each move atomic), but no file of the target is deleted, so the staging folder may hold only the pages an
     * update rewrote.
     *
     * @return the site paths that were added or changed, sorted
     */
    public List<String> commitPartial() throws IOException {
        Set<String> changed = moveIn(made());
        committed = true;
        deleteTree(staging);
        return List.copyOf(changed);
    }

    private Map<String, Path> made() throws IOException {
        Map<String, Path> made = new TreeMap<>();
        try (Stream<Path> files = Files.walk(staging)) {
            files.filter(Files::isRegularFile).forEach(file -> made.put(sitePath(staging, file), file));
        }
        return made;
    }

    /** Moves in the files whose bytes differ from the target's; returns their site paths. */
    private Set<String> moveIn(Map<String, Path> made) throws IOException {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, Path> entry : made.entrySet()) {
            Path dest = target.resolve(entry.getKey());
            Path file = entry.getValue();
            if (Files.isRegularFile(dest) && (Files.isSameFile(dest, file) // linked: unchanged
                    || Files.size(dest) == Files.size(file) && Files.mismatch(dest, file) == -1)) {
                continue;
            }
            if (Files.isDirectory(dest)) {
                deleteTree(dest); // a folder became a file
            }
            for (Path up = dest.getParent(); up.startsWith(target) && !up.equals(target); up = up.getParent()) {
                if (Files.isRegularFile(up)) {
                    Files.delete(up); // a file became a folder
                }
            }
            Files.createDirectories(dest.getParent());
            Files.move(file, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.add(entry.getKey());
        }
        return changed;
    }

    private static String sitePath(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static void pruneEmptyFolders(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> all = Files.walk(root)) {
            folders = all.filter(Files::isDirectory).filter(d -> !d.equals(root))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Discards the staging folder unless the site was committed. */
    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) {
            deleteTree(staging);
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        // A site is a few big folders (one per part, the search index): deleted side by side, as unlinking
        // thousands of files takes a while.
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.toList();
        }
        try {
            children.parallelStream().forEach(child -> {
                try {
                    deleteSequentially(child);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.delete(root);
    }

    private static void deleteSequentially(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder exists, is not empty and was not made by Lousa: refuse to replace it. */
    public static final class UnsafeTargetException extends IOException {
        public UnsafeTargetException(Path dir) {
            super("output folder " + dir + " exists and was not built by Lousa; refusing to replace it");
        }
    }
}
