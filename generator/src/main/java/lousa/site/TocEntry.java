package lousa.site;

import java.util.List;

/** A heading of the page for the table of contents; h3 entries nest under their h2. */
public record TocEntry(int level, String id, String text, List<TocEntry> children) {
}
