package lousa.render;

import java.util.List;
import java.util.Set;
import lousa.site.TocEntry;

/**
 * A lesson body ready for the layout.
 *
 * @param media content files the lesson uses (copied to the site)
 */
public record RenderedLesson(String html, List<TocEntry> toc, boolean hasCode, boolean hasMermaid, Set<String> media) {
}
