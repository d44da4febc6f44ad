package lousa.load;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * When each file under {@code content/} last changed, as its repository's history tells ({@link GitDates}): the date
 * a lesson's page shows ("Última atualização em …") and its {@code <lastmod>} in the sitemap.
 *
 * @param byFile  the date of the last commit that changed each file, by its path under {@code content/}
 * @param shallow the history was cut short (a shallow clone): no date is known, since each file's would be the
 *                first commit kept
 */
public record LastChanges(Map<String, OffsetDateTime> byFile, boolean shallow) {

    /** No dates: the content is not in a git repository, git is missing, or the course turned the dates off. */
    public static final LastChanges NONE = new LastChanges(Map.of(), false);

    public LastChanges {
        byFile = Map.copyOf(byFile);
    }

    /** @param relative a path under {@code content/} with forward slashes, as {@link SourceFile#relative()} */
    public Optional<OffsetDateTime> of(String relative) {
        return Optional.ofNullable(byFile.get(relative));
    }
}
