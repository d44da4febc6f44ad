package lousa.dialect.mdx;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown files a lesson imports as components, as Docusaurus's partials are:
 * {@code import Intro from './_intro.mdx';} then {@code <Intro />} shows that file's text in place. Read from the
 * lesson's top-level {@code import} statements ({@link EsmBlock}); other imports (React components, {@code @theme/…})
 * are not markdown and are left out. Also the files imported for their URL ({@link #files}) and for their text
 * ({@link #raw}).
 */
public final class MdxImports {

    /** {@code import Name from './file.md'} (quotes of either kind; a statement may end with ";"). */
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+([A-Z][A-Za-z0-9_$]*)\\s+from\\s+(['\"])([^'\"]+\\.(?:md|mdx|markdown))\\2");
    /**
     * {@code import foto from './img/foto.png'}: Docusaurus (webpack) makes the binding the file's URL, for
     * {@code <img src={foto} />}. Any file but code, styles and markdown; relative, or from the site's root
     * ({@code @site/static/img/logo.png}, found by its name as any image is).
     */
    private static final Pattern FILE_IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s+from\\s+(['\"])((?:\\.{1,2}|@site)/[^'\"]*\\.(?!(?:md|mdx|markdown|js|jsx|ts|tsx|mjs|cjs|css|scss|json)\\2)[A-Za-z0-9]+)\\2");
    /**
     * {@code import Fonte from '!!raw-loader!./fonte.py'}: webpack's raw-loader makes the binding the file's text,
     * which Docusaurus shows with {@code <CodeBlock>{Fonte}</CodeBlock>} ({@link ImportedCode}).
     */
    private static final Pattern RAW_IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s+from\\s+(['\"])!{0,2}raw-loader!([^'\"]+)\\2");
    private static final NullableDataKey<Map<String, String>> RAW_KEY = new NullableDataKey<>("LOUSA_MDX_RAW_IMPORTS");
    private static final NullableDataKey<Map<String, String>> KEY = new NullableDataKey<>("LOUSA_MDX_IMPORTS");
    private static final NullableDataKey<Map<String, String>> FILES_KEY = new NullableDataKey<>("LOUSA_MDX_FILE_IMPORTS");

    private MdxImports() {
    }

    /** Component name → the imported file as written ({@code ./_intro.mdx}); read once per document. */
    public static Map<String, String> of(Document document) {
        return read(document, KEY, IMPORT);
    }

    /** Binding → the file imported for its URL, as written ({@code ./img/foto.png}); read once per document. */
    public static Map<String, String> files(Document document) {
        return read(document, FILES_KEY, FILE_IMPORT);
    }

    /** Binding → the file imported for its text with raw-loader, as written ({@code ./fonte.py}). */
    public static Map<String, String> raw(Document document) {
        return read(document, RAW_KEY, RAW_IMPORT);
    }

    private static Map<String, String> read(Document document, NullableDataKey<Map<String, String>> key,
                                            Pattern pattern) {
        Map<String, String> imports = key.get(document);
        if (imports == null) {
            imports = new HashMap<>();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof EsmBlock) {
                    Matcher statement = pattern.matcher(node.getChars());
                    while (statement.find()) {
                        imports.put(statement.group(1), statement.group(3));
                    }
                }
            }
            imports = Map.copyOf(imports);
            document.set(key, imports);
        }
        return imports;
    }
}
