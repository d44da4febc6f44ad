package lousa.render;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Replaces images (and Obsidian's embedded videos, audio, PDFs and other files) whose file does not exist with a visible, accessible
 * placeholder carrying the alt text, instead of a broken-image icon. The build has already warned with file:line.
 * The placeholder is a {@code span} with the role of an image: valid wherever the image was, inside a paragraph too.
 * Also turns an Obsidian {@code #tag} the tags page has no section for (only unlisted lessons have it) into the label
 * it is, without the link that would lead nowhere, and drops an {@code srcset}'s missing candidates: the pass goes
 * over the page once for every missing target.
 */
public final class MissingImagePass implements HtmlPass {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator MISSING = Selector.evaluatorOf("img[src^=" + LessonLinkResolver.MISSING + "], "
            + "video[src^=" + LessonLinkResolver.MISSING + "], audio[src^=" + LessonLinkResolver.MISSING + "], "
            + "object[data^=" + LessonLinkResolver.MISSING + "], a.file-embed[href^=" + LessonLinkResolver.MISSING
            + "], a.tag[href^=" + LessonLinkResolver.MISSING + "], [srcset*=" + LessonLinkResolver.MISSING + "]");

    private final String caption;
    private final String mediaCaption;
    private final String fileCaption;

    /**
     * @param caption      what the placeholder of an image says
     * @param mediaCaption what the placeholder of a video or audio file ({@code ![[aula.mp4]]}) says
     * @param fileCaption  what the placeholder of another embedded file ({@code ![[apostila.pdf]]}) says
     */
    public MissingImagePass(String caption, String mediaCaption, String fileCaption) {
        this.caption = caption;
        this.mediaCaption = mediaCaption;
        this.fileCaption = fileCaption;
    }

    @Override
    public void apply(Element body, Lesson lesson) {
        for (Element img : body.select(MISSING)) {
            if (img.attr("srcset").contains(LessonLinkResolver.MISSING)) {
                dropMissingCandidates(img);
                if (!img.attr("src").startsWith(LessonLinkResolver.MISSING)) {
                    continue;
                }
            }
            if (img.hasClass("tag")) {
                img.tagName("span").removeAttr("href");
                continue;
            }
            String src = (img.hasAttr("src") ? img.attr("src") : img.hasAttr("data") ? img.attr("data")
                    : img.attr("href")).substring(LessonLinkResolver.MISSING.length());
            String caption = switch (img.normalName()) {
                case "img" -> this.caption;
                case "video", "audio" -> mediaCaption;
                default -> fileCaption;
            };
            String name = img.hasAttr("alt") ? img.attr("alt") : img.hasAttr("title") ? img.attr("title")
                    : img.hasAttr("aria-label") ? img.attr("aria-label") : img.text();
            String alt = name.isBlank() ? fileName(src) : name;
            Element placeholder = new Element("span").addClass("missing-image")
                    .attr("role", "img").attr("aria-label", caption + ": " + alt);
            placeholder.appendElement("span").addClass("missing-image-icon").attr("aria-hidden", "true").text("🖼");
            placeholder.appendElement("span").addClass("missing-image-name").text(alt)
                    .appendElement("small").text(caption);
            img.replaceWith(placeholder);
        }
    }

    /**
     * An {@code srcset} without the candidates whose file is missing (each written "url descriptor", joined by ", "
     * when resolved), or none left: the browser would pick one on some screens and show a broken image.
     */
    private static void dropMissingCandidates(Element element) {
        String kept = Arrays.stream(element.attr("srcset").split(", "))
                .filter(candidate -> !candidate.startsWith(LessonLinkResolver.MISSING))
                .collect(Collectors.joining(", "));
        if (kept.isEmpty()) {
            element.removeAttr("srcset");
        } else {
            element.attr("srcset", kept);
        }
    }

    private static String fileName(String src) {
        String decoded = java.net.URLDecoder.decode(src.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return decoded.substring(decoded.lastIndexOf('/') + 1);
    }
}
