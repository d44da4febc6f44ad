package lousa.render;

import lousa.site.Lesson;

/** Where a link or image of a lesson points, once resolved against the course. */
public sealed interface LinkTarget {

    /** Left as written: another site, mailto:, a data: image. */
    record External(String url) implements LinkTarget {
    }

    /** A heading (or the top, when anchor is empty) of a lesson of this course. */
    record Page(Lesson lesson, String anchor) implements LinkTarget {
    }

    /** A page of the site that is not a lesson: the home page, for a link to the site's root ({@code /}). */
    record SitePage(String sitePath) implements LinkTarget {
    }

    /** A file under content/ that is copied to the site. */
    record Media(String contentPath) implements LinkTarget {
    }

    /** Nothing there; severity depends on what was pointed at. */
    record Missing(boolean image, String message, String hint) implements LinkTarget {
    }
}
