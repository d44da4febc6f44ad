package lousa.render;

import lousa.site.Lesson;

/** Where a link or image of a lesson points, once resolved against the course. */
public sealed interface LinkTarget {

    /** Left as written: another site, mailto:, a data: image. */
    record External(String url) implements LinkTarget {
    }

    /**
     * An image on the web, with the course's downloading of web images on ({@link lousa.load.WebImages}).
     *
     * @param sitePath where the site serves its copy, or null when there is none (the page keeps the address)
     * @param problem  why it could not be downloaded, when it is the author's to fix, else null
     */
    record WebImage(String url, String sitePath, String problem) implements LinkTarget {
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
