package lousa.deck;

/** Where a deck's presentation page lives: beside its lesson page, {@code x.html} → {@code x.slides.html}. */
public final class DeckPaths {

    private DeckPaths() {
    }

    /** Site-relative path of the presentation page of the lesson page at {@code lessonPath}. */
    public static String presentationPath(String lessonPath) {
        String base = lessonPath.endsWith(".html") ? lessonPath.substring(0, lessonPath.length() - 5) : lessonPath;
        return base + ".slides.html";
    }

    /** The presentation page's link as seen from its lesson page (same folder): just the file name. */
    public static String presentationHref(String lessonPath) {
        String path = presentationPath(lessonPath);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
