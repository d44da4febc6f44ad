package lousa.parse;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Placeholder until the dialect extensions land: CommonMark plus front matter. */
public final class MarkdownParser {

    private final DataHolder options;
    private final Parser parser;

    public MarkdownParser() {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        options = set.toImmutable();
        parser = Parser.builder(options).build();
    }

    public Document parse(CharSequence text) {
        return parser.parse(text.toString());
    }

    public DataHolder options() {
        return options;
    }

    public HtmlRenderer.Builder rendererBuilder() {
        return HtmlRenderer.builder(options);
    }
}
