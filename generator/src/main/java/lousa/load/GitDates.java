package lousa.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads from git when each file under {@code content/} last changed, as Docusaurus' {@code showLastUpdateTime} and
 * MkDocs' git-revision-date plugin do: one {@code git log} over the content folder, newest commit first, so the
 * first commit that names a file is its last change. The commit date is the one used: when the change reached the
 * branch the site is published from.
 *
 * <p>Anything that keeps git from answering (no git on the PATH, a folder outside any repository, files never
 * committed) leaves those files without a date; it never fails the build.
 */
public final class GitDates {

    /** Starts each commit's line in the log, before its date: a character no path has. */
    private static final char COMMIT = '\u001e';

    private GitDates() {
    }

    /** Reads the dates in the background, while the lessons are parsed; {@link LastChanges#NONE} on any failure. */
    public static CompletableFuture<LastChanges> start(Path content) {
        // Its own thread, not the common pool's: that pool parses the lessons, and this one mostly waits on git.
        return CompletableFuture.supplyAsync(() -> read(content), task -> {
            Thread thread = new Thread(task, "lousa-git-dates");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static LastChanges read(Path content) {
        Path dir = content.toAbsolutePath().normalize();
        List<String> shallow = git(dir, "rev-parse", "--is-shallow-repository");
        if (shallow == null || shallow.isEmpty()) {
            return LastChanges.NONE;
        }
        if (shallow.get(0).strip().equals("true")) {
            return new LastChanges(Map.of(), true);
        }
        // --relative: paths from the content folder, and only the files under it; quotePath off: names as written.
        List<String> log = git(dir, "-c", "core.quotePath=false", "log", "--format=" + COMMIT + "%cI",
                "--name-only", "--no-renames", "--relative", "--", ".");
        return log == null ? LastChanges.NONE : new LastChanges(parse(log), false);
    }

    /** The {@code git log} lines: a commit's date, then the files it changed, newest commit first. */
    static Map<String, OffsetDateTime> parse(List<String> lines) {
        Map<String, OffsetDateTime> dates = new HashMap<>();
        OffsetDateTime date = null;
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) == COMMIT) {
                try {
                    date = OffsetDateTime.parse(line.substring(1).strip());
                } catch (DateTimeParseException e) {
                    date = null;
                }
            } else if (date != null && !line.isBlank()) {
                dates.putIfAbsent(line, date);
            }
        }
        return dates;
    }

    /** git's output lines, or null when it cannot run or fails (not a repository: exit 128). */
    private static List<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close(); // git asks nothing here: no terminal to wait on
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return process.waitFor() == 0 ? out.lines().toList() : null;
        } catch (IOException e) {
            return null; // no git
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
