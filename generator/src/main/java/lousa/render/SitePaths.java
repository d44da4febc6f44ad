package lousa.render;

import java.net.URI;
import java.net.URISyntaxException;

/** Relative URLs between pages of the site, so it works from file:// and under any sub-path. */
public final class SitePaths {

    private SitePaths() {
    }

    /** "" for "index.html", "../" for "a/b.html", "../../" for "a/b/c.html". */
    public static String root(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** URL of a site file as seen from a page: relative, with each segment percent-encoded. */
    public static String relative(String fromPage, String toSitePath) {
        return root(fromPage) + encode(toSitePath);
    }

    /**
     * An element id as a URL's fragment: what a fragment may not carry is percent-encoded (Obsidian's block ids
     * start with "^"), letters beyond ASCII stay; a browser decodes the fragment before it looks for the id.
     */
    public static String fragment(String id) {
        try {
            return new URI(null, null, null, id).getRawFragment();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a fragment: " + id, e);
        }
    }

    /** Percent-encodes a site path ("media/Pasted image.png" becomes "media/Pasted%20image.png"). */
    public static String encode(String sitePath) {
        try {
            return new URI(null, null, sitePath, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + sitePath, e);
        }
    }
}
