package lousa.deck;

import java.util.Map;
import lousa.render.UiText;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the deck's mustache templates from {@code resources/deck/}; compiled once, thread-safe. */
final class Templates {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);

    static final Template PRESENTATION = compile("presentation.mustache");
    static final Template HANDOUT = compile("handout.mustache");

    private Templates() {
    }

    /** Renders a template with the UI strings of a language as its parent context ({@code {{t.key}}}). */
    static String render(Template template, Object view, String lang) {
        java.io.StringWriter out = new java.io.StringWriter();
        template.execute(view, strings(lang), out);
        return out.toString();
    }

    /** The UI strings for the templates, as the parent context {@code t}: one i18n file for the whole site. */
    static Map<String, Object> strings(String lang) {
        return Map.of("t", UiText.load(lang == null || lang.isBlank() ? "pt-BR" : lang).all());
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
