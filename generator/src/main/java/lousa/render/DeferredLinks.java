package lousa.render;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Entities;

/**
 * The links of a lesson drafted before the course is planned ({@link LessonRenderer#draft}). While flexmark renders,
 * each call of the link resolver is recorded and answered with a placeholder URL; once the course is planned,
 * {@link #fill} resolves the recorded calls, in the order they were made (so the messages, media and lookups are
 * those of a direct render), and puts each URL where its placeholder is, in the HTML, before jsoup reads it.
 *
 * <p>Placeholders carry a random token drawn once per run, so no URL or raw HTML a lesson writes can be taken for one.
 */
final class DeferredLinks {

    /** Set on a document being drafted, instead of {@link RenderKeys#LINKS}. */
    static final NullableDataKey<DeferredLinks> KEY = new NullableDataKey<>("LOUSA_DEFERRED_LINKS");

    private static final String PREFIX = "lousa-link-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE) + ":";

    private final List<LinkRequest> requests = new ArrayList<>();

    /** Records a resolver call; returns the placeholder URL flexmark writes for it. */
    String defer(LinkRequest request) {
        requests.add(request);
        return PREFIX + (requests.size() - 1);
    }

    List<LinkRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Resolves the recorded calls against the planned course and puts each URL where its placeholder is in the
     * drafted HTML. flexmark writes a resolved URL only into an attribute ({@code href}, {@code src}; after
     * {@code mailto:} for an e-mail autolink), so each URL is escaped for an attribute value; jsoup reads back the
     * same value flexmark would have written.
     */
    static String fill(String html, List<LinkRequest> requests, LinkContext links) {
        if (requests.isEmpty()) {
            return html;
        }
        String[] urls = new String[requests.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = LessonLinkResolver.resolve(requests.get(i), links).url();
        }
        int at = html.indexOf(PREFIX);
        StringBuilder out = new StringBuilder(html.length() + 32 * urls.length);
        int from = 0;
        while (at >= 0) {
            int start = at + PREFIX.length();
            int end = start;
            while (end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
                end++;
            }
            out.append(html, from, at);
            out.append(Entities.escape(urls[Integer.parseInt(html, start, end, 10)]));
            from = end;
            at = html.indexOf(PREFIX, from);
        }
        return out.append(html, from, html.length()).toString();
    }
}
