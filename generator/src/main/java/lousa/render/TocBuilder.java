package lousa.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import lousa.parse.HeadingInfo;
import lousa.site.TocEntry;

/** Builds the "Nesta página" tree from h2 and h3 (or the levels a lesson asks for); h3s nest under the h2 before them. */
public final class TocBuilder {

    private TocBuilder() {
    }

    public static List<TocEntry> build(List<HeadingInfo> headings) {
        List<TocEntry> top = new ArrayList<>();
        List<TocEntry> currentChildren = null;
        for (HeadingInfo h : headings) {
            if (h.level() == 2) {
                currentChildren = new ArrayList<>();
                top.add(new TocEntry(2, h.id(), h.text(), currentChildren));
            } else if (h.level() == 3) {
                TocEntry entry = new TocEntry(3, h.id(), h.text(), List.of());
                if (currentChildren != null) {
                    currentChildren.add(entry);
                } else {
                    top.add(entry);
                }
            }
        }
        return top;
    }

    /**
     * The tree of the headings from level {@code min} to {@code max} (Docusaurus's {@code toc_min_heading_level},
     * {@code toc_max_heading_level}): each nests under the nearest heading before it of a higher level.
     */
    public static List<TocEntry> build(List<HeadingInfo> headings, int min, int max) {
        if (min == 2 && max == 3) {
            return build(headings);
        }
        List<TocEntry> top = new ArrayList<>();
        Deque<TocEntry> open = new ArrayDeque<>(); // the entries a later heading may nest under, innermost first
        for (HeadingInfo h : headings) {
            if (h.level() < min || h.level() > max) {
                continue;
            }
            while (!open.isEmpty() && open.peek().level() >= h.level()) {
                open.pop();
            }
            TocEntry entry = new TocEntry(h.level(), h.id(), h.text(), new ArrayList<>());
            (open.isEmpty() ? top : open.peek().children()).add(entry);
            open.push(entry);
        }
        return top;
    }
}
