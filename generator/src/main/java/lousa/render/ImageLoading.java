package lousa.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * How a lesson's images load: lazily ({@code loading="lazy"}, as Docusaurus does for markdown images), decoded off
 * the main thread, and with their {@code width} and {@code height} when the file is the course's, so the page keeps
 * their place before they arrive and does not jump under the reader (or under a link to a section below them). A
 * width the author gave ({@code ![[tela.png|300]]}) keeps its proportion; the CSS scales every image to the column.
 */
final class ImageLoading {

    private static final Evaluator IMAGES = Selector.evaluatorOf("img[src]");

    private ImageLoading() {
    }

    static void apply(Element body, LinkContext links) {
        String mediaUrl = SitePaths.root(links.pagePath()) + "media/";
        for (Element img : body.select(IMAGES)) {
            if (!img.hasAttr("loading")) {
                img.attr("loading", "lazy");
            }
            if (!img.hasAttr("decoding")) {
                img.attr("decoding", "async");
            }
            String src = img.attr("src");
            if (src.startsWith(mediaUrl) && !(img.hasAttr("width") && img.hasAttr("height"))) {
                contentPath(src.substring(mediaUrl.length()))
                        .flatMap(path -> links.targets().imageSizes().of(path))
                        .ifPresent(size -> size(img, size));
            }
        }
    }

    private static void size(Element img, ImageSizes.Size size) {
        Integer width = pixels(img.attr("width"));
        Integer height = pixels(img.attr("height"));
        if (width == null && img.hasAttr("width") || height == null && img.hasAttr("height")) {
            return; // a size written otherwise ("50%"): the author's to keep
        }
        if (width == null && height == null) {
            img.attr("width", Integer.toString(size.width())).attr("height", Integer.toString(size.height()));
        } else if (width != null && height == null) {
            img.attr("height", Long.toString(Math.max(1, Math.round((double) width * size.height() / size.width()))));
        } else if (width == null) {
            img.attr("width", Long.toString(Math.max(1, Math.round((double) height * size.width() / size.height()))));
        }
    }

    /** A width or height attribute in pixels ("300"); null when absent or anything else ("50%"). */
    private static Integer pixels(String value) {
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int pixels = Integer.parseInt(value);
        return pixels > 0 ? pixels : null;
    }

    /** The file under content/ a media URL names: its percent-encoding undone. */
    private static Optional<String> contentPath(String encoded) {
        try {
            // Under a scheme, so that a ':' in the first segment is no scheme of its own.
            String path = new URI("x:/" + encoded).getPath();
            return path == null || path.contains("..") ? Optional.empty() : Optional.of(path.substring(1));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
