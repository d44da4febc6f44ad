package lousa.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks content/ once and sorts what it finds into lessons, partials and attachments. Hidden files are skipped. A
 * markdown file whose name starts with {@code _}, or that sits in a folder whose name does, is a partial, as in
 * Docusaurus: no page of its own, only text that lessons import ({@code import Intro from './_intro.mdx'}).
 */
public final class ContentScanner {

    public ContentInventory scan(Path contentRoot) throws IOException {
        Path root = contentRoot.toAbsolutePath().normalize();
        List<Path> lessons = new ArrayList<>();
        List<Path> partials = new ArrayList<>();
        Attachments attachments = new Attachments();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (isLesson(name) && isPartial(root.relativize(file))) {
                    partials.add(file);
                } else if (isLesson(name)) {
                    lessons.add(file);
                } else if (!file.getParent().equals(root) || !name.equals(CourseConfig.FILE_NAME)) {
                    attachments.add(root.relativize(file).toString().replace('\\', '/'), file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        lessons.sort(null);
        partials.sort(null);
        return new ContentInventory(root, List.copyOf(lessons), List.copyOf(partials), attachments);
    }

    /** Whether a markdown file, by its path in content/, is a partial: its name or a folder's starts with "_". */
    static boolean isPartial(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static boolean isLesson(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".mdx") || lower.endsWith(".markdown");
    }
}
