package lousa.site;

import java.util.List;

/** A folder of the course (part, module, chapter…) with its entries in course order. */
public record Section(String title, String dir, List<OutlineEntry> children) implements OutlineEntry {
}
