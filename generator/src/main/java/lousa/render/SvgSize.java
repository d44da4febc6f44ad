package lousa.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The size an SVG file gives itself in its root element's {@code width} and {@code height}, in pixels (a number, or
 * one in {@code px}), as draw.io and Excalidraw write them: the size a browser shows it at. An SVG sized otherwise
 * ({@code 100%}, {@code 20em}) or by its {@code viewBox} alone has no size of its own, and gets none here: the
 * browser sizes it from the page, and a width written on the image would change that.
 */
final class SvgSize {

    /** Enough for the XML declaration, comments and a doctype before the root element. */
    private static final int HEAD = 8192;
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(?:px)?\\s*");

    private SvgSize() {
    }

    static Optional<ImageSizes.Size> read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        if (start < 0) {
            return Optional.empty();
        }
        int end = text.indexOf('>', start);
        if (end < 0) {
            return Optional.empty();
        }
        Element svg = Jsoup.parse(text.substring(start, end + 1), "", Parser.xmlParser()).selectFirst("svg");
        if (svg == null) {
            return Optional.empty();
        }
        Optional<Integer> width = pixels(svg.attr("width"));
        Optional<Integer> height = pixels(svg.attr("height"));
        return width.isPresent() && height.isPresent() && width.get() > 0 && height.get() > 0
                ? Optional.of(new ImageSizes.Size(width.get(), height.get())) : Optional.empty();
    }

    private static Optional<Integer> pixels(String value) {
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? Optional.of((int) Math.round(Double.parseDouble(m.group(1)))) : Optional.empty();
    }
}
