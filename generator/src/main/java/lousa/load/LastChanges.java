package lousa.load;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * When each file under {@code content/} last changed, as its repository's history tells ({@link GitDates}): the date
 * a lesson's page shows ("Última atualização em …") and its {@code <lastmod>} in the sitemap.
 *
 * @param byFile the date of the last commit that changed each file, by its path under {@code content/}
 * @param unread why a repository's history gave no dates (a shallow clone, a repository git refuses to read), with
 *               what to do; null when the dates were read or there is no repository to read them from
 */
public record LastChanges(Map<String, OffsetDateTime> byFile, Unread unread) {

    /** No dates: the content is not in a git repository, git is missing, or the course turned the dates off. */
    public static final LastChanges NONE = new LastChanges(Map.of(), null);

    /** Why the history the content is in gave no dates, and how to fix it: a note for the build's report. */
    public record Unread(String why, String fix) {
    }

    public LastChanges {
        byFile = Map.copyOf(byFile);
    }

    /** @param relative a path under {@code content/} with forward slashes, as {@link SourceFile#relative()} */
    public Optional<OffsetDateTime> of(String relative) {
        return Optional.ofNullable(byFile.get(relative));
    }
}
