package lousa.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The "edit this page" address of a lesson: the course's {@code edit_url} followed by the lesson's source path. */
public final class EditLinks {

    private EditLinks() {
    }

    /**
     * @param editUrl  the course's {@code edit_url}, ending in "/"; "" for none
     * @param relative the lesson's path under {@code content/}, with forward slashes ("01-mod/1 aula.md")
     * @return the address, each path segment percent-encoded (spaces and accents are common in lesson names);
     *         null without an {@code edit_url}
     */
    public static String of(String editUrl, String relative) {
        if (editUrl == null || editUrl.isEmpty()) {
            return null;
        }
        StringBuilder href = new StringBuilder(editUrl);
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                href.append('/');
            }
            // URLEncoder encodes a form, where a space is '+': a path wants %20.
            href.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return href.toString();
    }
}
