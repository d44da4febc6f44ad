package lousa.deck;

import java.util.Map;
import lousa.render.UiText;
import lousa.site.TemplateEscaper;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the deck's mustache templates from {@code resources/deck/}; compiled once, thread-safe. */
final class Templates {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(TemplateEscaper.HTML)
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);

    static final Template PRESENTATION = compile("presentation.mustache");
    static final Template HANDOUT = compile("handout.mustache");

    private Templates() {
    }

    /** Renders a template with the site's UI strings as its parent context ({@code {{t.key}}}). */
    static String render(Template template, Object view, UiText strings) {
        java.io.StringWriter out = new java.io.StringWriter();
        template.execute(view, Map.of("t", strings.all()), out);
        return out.toString();
    }

    /** The built-in strings of a language, for callers without a site theme. */
    static UiText builtIn(String lang) {
        return UiText.load(lang == null || lang.isBlank() ? "pt-BR" : lang);
    }

    static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/deck/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource deck/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template compile(String name) {
        return COMPILER.compile(resource(name));
    }
}
