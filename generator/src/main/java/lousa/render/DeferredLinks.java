package lousa.render;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The links of a lesson drafted before the course is planned ({@link LessonRenderer#draft}). While flexmark renders,
 * each call of the link resolver is recorded and answered with a placeholder URL; once the course is planned,
 * {@link #fill} resolves the recorded calls, in the order they were made (so the messages, media and lookups are
 * those of a direct render), and puts each URL where its placeholder is.
 *
 * <p>Placeholders carry a random token drawn once per run, so no URL or raw HTML a lesson writes can be taken for one.
 */
final class DeferredLinks {

    /** Set on a document being drafted, instead of {@link RenderKeys#LINKS}. */
    static final NullableDataKey<DeferredLinks> KEY = new NullableDataKey<>("LOUSA_DEFERRED_LINKS");

    private static final String PREFIX = "lousa-link-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6))
            + ":";

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
     * Resolves the recorded calls against the planned course and replaces every placeholder in the attributes of
     * {@code body}: flexmark writes a resolved URL only into attributes ({@code href}, {@code src}; {@code mailto:}
     * before it for an e-mail autolink).
     */
    static void fill(Element body, List<LinkRequest> requests, LinkContext links) {
        if (requests.isEmpty()) {
            return;
        }
        String[] urls = new String[requests.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = LessonLinkResolver.resolve(requests.get(i), links).url();
        }
        for (Element element : body.getAllElements()) {
            if (element.attributesSize() == 0) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue();
                int at = value.indexOf(PREFIX);
                if (at >= 0) {
                    attribute.setValue(replace(value, at, urls));
                }
            }
        }
    }

    private static String replace(String value, int at, String[] urls) {
        StringBuilder out = new StringBuilder(value.length() + 64);
        int from = 0;
        while (at >= 0) {
            int start = at + PREFIX.length();
            int end = start;
            while (end < value.length() && Character.isDigit(value.charAt(end))) {
                end++;
            }
            out.append(value, from, at).append(urls[Integer.parseInt(value, start, end, 10)]);
            from = end;
            at = value.indexOf(PREFIX, from);
        }
        return out.append(value, from, value.length()).toString();
    }
}
