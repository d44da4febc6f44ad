package lousa.load;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * When each file under {@code content/} last changed, and by whom, as its repository's history tells
 * ({@link GitDates}): the date a lesson's page shows ("Última atualização em … por …") and its {@code <lastmod>} in
 * the sitemap.
 *
 * @param byFile the last commit that changed each file, by its path under {@code content/}
 * @param unread why a repository's history gave no dates (a shallow clone, a repository git refuses to read), with
 *               what to do; null when the dates were read or there is no repository to read them from
 */
public record LastChanges(Map<String, Change> byFile, Unread unread) {

    /** No dates: the content is not in a git repository, git is missing, or the course turned the dates off. */
    public static final LastChanges NONE = new LastChanges(Map.of(), null);

    /** Why the history the content is in gave no dates, and how to fix it: a note for the build's report. */
    public record Unread(String why, String fix) {
    }

    /**
     * The last commit that changed a file.
     *
     * @param date   its commit date, in the committer's time zone: when the change reached the published branch
     * @param author its author's name, as git has it ({@code %an}), as Docusaurus' {@code showLastUpdateAuthor} shows
     */
    public record Change(OffsetDateTime date, String author) {
    }

    public LastChanges {
        byFile = Map.copyOf(byFile);
    }

    /** @param relative a path under {@code content/} with forward slashes, as {@link SourceFile#relative()} */
    public Optional<Change> of(String relative) {
        return Optional.ofNullable(byFile.get(relative));
    }
}
