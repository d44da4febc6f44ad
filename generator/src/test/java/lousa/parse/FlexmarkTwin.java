package lousa.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * For tests holding one of the site's faster stand-ins for a flexmark extension to the extension itself: the site's
 * options with the stand-in swapped for the original, a plain render, and the seed lessons to compare on.
 */
final class FlexmarkTwin {

    private FlexmarkTwin() {
    }

    /** The site's options, with every extension of type {@code ours} replaced by {@code original}. */
    static MutableDataSet replacing(Class<? extends Extension> ours, Extension original) {
        MutableDataSet options = MarkdownParser.defaultOptions();
        List<Extension> extensions = new ArrayList<>();
        for (Extension extension : Parser.EXTENSIONS.get(options)) {
            extensions.add(ours.isInstance(extension) ? original : extension);
        }
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }

    static String render(MutableDataSet options, String markdown) {
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    /** The lessons of the course in {@code content/}. */
    static List<Path> seedLessons() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
