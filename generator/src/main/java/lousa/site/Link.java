package lousa.site;

/** A titled site-relative link, e.g. for breadcrumbs and prev/next. */
public record Link(String title, String href) {
}
