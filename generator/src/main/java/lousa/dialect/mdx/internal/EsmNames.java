package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Map;
import lousa.dialect.mdx.MdxImports;

/**
 * What a lesson's {@code import} and {@code export} statements name, for its tags to use.
 *
 * @param partials   the markdown files it imports as components, by name ({@link MdxImports#of})
 * @param files      the files it imports for their URL ({@code import foto from './foto.png'}), by binding
 *                   ({@link MdxImports#files})
 * @param components the components it defines ({@link LocalComponent})
 */
record EsmNames(Map<String, String> partials, Map<String, String> files, Map<String, LocalComponent> components) {

    static EsmNames of(Document document) {
        return new EsmNames(MdxImports.of(document), MdxImports.files(document), LocalComponent.of(document));
    }
}
