package lousa.parse;

import com.vladsch.flexmark.util.data.DataKey;
import lousa.diag.Reporter;

/**
 * Per-document values that the build puts on a flexmark {@code Document} before rendering it, so node renderers
 * and link resolvers of the extensions can report problems with the right file and line.
 */
public final class DocumentKeys {

    /** Where renderers report problems for the document being rendered. */
    public static final DataKey<Reporter> REPORTER = new DataKey<>("LOUSA_REPORTER", Reporter.SILENT);

    private DocumentKeys() {
    }
}
