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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from git when each file under {@code content/} last changed and who changed it, as Docusaurus'
 * {@code showLastUpdateTime} and {@code showLastUpdateAuthor} and MkDocs' git-revision-date plugin do: one {@code git log} over the content folder, newest commit first, so the
 * first commit that names a file is its last change. The commit date is the one used: when the change reached the
 * branch the site is published from.
 *
 * <p>Anything that keeps git from answering (no git on the PATH, a folder outside any repository, files never
 * committed) leaves those files without a date; it never fails the build. Two cases get a note, because the author
 * expects dates there and can fix it: a shallow clone, and a repository that belongs to another user, which git
 * refuses to read ("dubious ownership") until it is marked a safe directory.
 */
public final class GitDates {

    /** Starts each commit's line in the log, before its date: a character no path has. */
    private static final char COMMIT = '\u001e';
    /** Between a commit's date and its author's name: a character no name has. */
    private static final char AUTHOR = '\u001f';
    /** git's refusal of a repository owned by another user (git 2.35.2 and later), and the repository it names. */
    private static final Pattern UNSAFE = Pattern.compile("dubious ownership in repository at '([^']+)'");

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
        StringBuilder errors = new StringBuilder();
        List<String> shallow = git(dir, errors, "rev-parse", "--is-shallow-repository");
        if (shallow == null || shallow.isEmpty()) {
            Matcher unsafe = UNSAFE.matcher(errors);
            return !unsafe.find() ? LastChanges.NONE : new LastChanges(Map.of(), new LastChanges.Unread(
                    "git refuses to read the history of " + unsafe.group(1) + ", which belongs to another user:"
                            + " lessons show no date of their last change",
                    "if you trust it, run git config --global --add safe.directory " + unsafe.group(1)
                            + ", or set last_updated: false in course.yml"));
        }
        if (shallow.get(0).strip().equals("true")) {
            return new LastChanges(Map.of(), new LastChanges.Unread(
                    "the git history is cut short (a shallow clone): lessons show no date of their last change",
                    "fetch the whole history (in GitHub Actions, actions/checkout with fetch-depth: 0), or set"
                            + " last_updated: false in course.yml"));
        }
        // --relative: paths from the content folder, and only the files under it; quotePath off: names as written.
        List<String> log = git(dir, null, "-c", "core.quotePath=false", "log", "--format=" + COMMIT + "%cI" + AUTHOR + "%an",
                "--name-only", "--no-renames", "--relative", "--", ".");
        return log == null ? LastChanges.NONE : new LastChanges(parse(log), null);
    }

    /** The {@code git log} lines: a commit's date and author, then the files it changed, newest commit first. */
    static Map<String, LastChanges.Change> parse(List<String> lines) {
        Map<String, LastChanges.Change> changes = new HashMap<>();
        LastChanges.Change change = null;
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) == COMMIT) {
                int author = line.indexOf(AUTHOR);
                try {
                    change = new LastChanges.Change(
                            OffsetDateTime.parse(line.substring(1, author < 0 ? line.length() : author).strip()),
                            author < 0 ? "" : line.substring(author + 1).strip());
                } catch (DateTimeParseException e) {
                    change = null;
                }
            } else if (change != null && !line.isBlank()) {
                changes.putIfAbsent(line, change);
            }
        }
        return changes;
    }

    /**
     * git's output lines, or null when it cannot run or fails (not a repository: exit 128).
     *
     * @param errors where git's error output goes, or null to discard it; read after the output, so only for a
     *               command that prints little (a full pipe would stall git)
     */
    private static List<String> git(Path dir, StringBuilder errors, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (errors == null) {
                builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            }
            Process process = builder.start();
            process.getOutputStream().close(); // git asks nothing here: no terminal to wait on
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (errors != null) {
                try (InputStream err = process.getErrorStream()) {
                    errors.append(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                }
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
