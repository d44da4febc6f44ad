package lousa.render;

import java.util.ArrayList;
import java.util.List;
import lousa.parse.HeadingInfo;
import lousa.site.TocEntry;

/** Builds the "Nesta página" tree from h2 and h3; h3s nest under the h2 before them. */
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
}
