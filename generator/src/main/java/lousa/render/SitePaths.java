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

    /** The id a URL's fragment names, as a browser reads it: percent-decoded ("%5Eid" is "^id"). */
    public static String fragmentId(String fragment) {
        try {
            return new URI("x:#" + fragment).getFragment();
        } catch (URISyntaxException e) {
            return fragment; // not a fragment a browser would decode: taken as written
        }
    }

    /**
     * Percent-encodes a site path ("media/Pasted image.png" becomes "media/Pasted%20image.png"). A ':' in the first
     * segment is encoded too ("aula:1.html" becomes "aula%3A1.html"): written as is, a browser would read "aula:" as
     * the scheme of an absolute URL.
     */
    public static String encode(String sitePath) {
        if (isPlain(sitePath)) {
            return sitePath; // most paths: every page's sidebar encodes every path of its module
        }
        String path;
        try {
            // From "/": a relative path whose first segment holds a ':' is no URI path at all.
            path = new URI(null, null, "/" + sitePath, null).getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + sitePath, e);
        }
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        int firstEnd = slash < 0 ? path.length() : slash;
        if (colon < 0 || colon > firstEnd) {
            return path;
        }
        return path.substring(0, firstEnd).replace(":", "%3A") + path.substring(firstEnd);
    }

    /** Only ASCII letters, digits and "-._~/": what a URI path carries as is. */
    private static boolean isPlain(String sitePath) {
        for (int i = 0; i < sitePath.length(); i++) {
            char c = sitePath.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
