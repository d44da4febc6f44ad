package lousa.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Stage 6, write: the site is written into a fresh folder beside the target and swapped in only when the build
 * succeeded, so a failed build never leaves a half-written site and the previous one stays served.
 */
public final class StagedSite implements AutoCloseable {

    /** Marks a folder as Lousa's output, so a swap never deletes a folder the user made. */
    static final String MARKER = ".lousa-site";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedSite(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static StagedSite begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new UnsafeTargetException(absolute);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        Files.writeString(staging.resolve(MARKER), "Built by Lousa; this folder is replaced on every build.\n");
        return new StagedSite(absolute, staging);
    }

    /** The folder being written. */
    public Path root() {
        return staging;
    }

    public void write(String sitePath, String content) throws IOException {
        Path file = staging.resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A writer for a large file written piece by piece (UTF-8, buffered); the caller closes it. */
    public Writer writer(String sitePath) throws IOException {
        Path file = staging.resolve(sitePath);
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path file = staging.resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
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

    static void deleteTree(Path root) throws IOException {
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
