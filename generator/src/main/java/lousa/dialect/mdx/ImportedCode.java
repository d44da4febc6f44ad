package lousa.dialect.mdx;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lousa.diag.Reporter;
import lousa.parse.LineIndex;

/**
 * The code of a file a lesson shows as Docusaurus does: {@code import Fonte from '!!raw-loader!./fonte.py';}, then
 * {@code <CodeBlock language="python" title="fonte.py">{Fonte}</CodeBlock>}. The parser leaves such a block empty
 * ({@link #expect}); once the document is parsed and its imports are known, {@link #fill} reads each file (relative to
 * the lesson, or from {@code @site/}, the root of {@code content/}) into its block, which is then a code block like
 * any other: highlighted, copied, and a Python one has its lab beside it. The files read are kept on the document, so a
 * kept parse knows when one of them changed ({@link #unchanged}).
 */
public final class ImportedCode {

    private record Expected(FencedCodeBlock block, String binding, int offset) {
    }

    private static final NullableDataKey<List<Expected>> EXPECTED = new NullableDataKey<>("LOUSA_IMPORTED_CODE");
    private static final NullableDataKey<Map<Path, String>> READ = new NullableDataKey<>("LOUSA_IMPORTED_FILES");
    private static final String SITE = "@site/";

    private ImportedCode() {
    }

    /** Notes a block whose code is the text the import of {@code binding} names; {@code offset}: its tag. */
    public static void expect(MutableDataHolder document, FencedCodeBlock block, String binding, int offset) {
        List<Expected> expected = EXPECTED.get(document);
        if (expected == null) {
            expected = new ArrayList<>();
            document.set(EXPECTED, expected);
        }
        expected.add(new Expected(block, binding, offset));
    }

    /**
     * Puts into each expected block the text of the file its name imports; a name that is not imported with
     * raw-loader, or a file that is missing, outside {@code content/} or not UTF-8 text, is an error at the block's
     * line (Docusaurus would not build either), and the block stays empty.
     *
     * @param lesson the lesson's file
     * @param root   the content folder, which the files must be in
     */
    public static void fill(Document document, Path lesson, Path root, Reporter reporter) {
        List<Expected> expected = EXPECTED.get((DataHolder) document);
        if (expected == null) {
            return;
        }
        document.remove(EXPECTED);
        Map<String, String> imports = MdxImports.raw(document);
        Map<Path, String> read = new LinkedHashMap<>();
        for (Expected block : expected) {
            int line = LineIndex.lineOf(document, block.offset());
            String written = imports.get(block.binding());
            if (written == null) {
                reporter.error(line, "<CodeBlock>{" + block.binding() + "}</CodeBlock>: " + block.binding()
                        + " is not a file imported with raw-loader, so the block has no code",
                        "import the file at the top of the lesson: import " + block.binding()
                                + " from '!!raw-loader!./arquivo.py';");
                continue;
            }
            Path file = (written.startsWith(SITE) ? root.resolve(written.substring(SITE.length()))
                    : lesson.resolveSibling(written)).normalize();
            if (!file.startsWith(root.normalize())) {
                reporter.error(line, "'" + written + "' points outside content/",
                        "move the file under content/ so the lesson can show it");
                continue;
            }
            String text = text(file);
            if (text == null) {
                reporter.error(line, "cannot read '" + written + "': " + (Files.isRegularFile(file)
                                ? "it is not UTF-8 text" : "no such file"),
                        "check the path relative to this lesson (or from @site/, the content folder)");
                continue;
            }
            read.put(file, text);
            BasedSequence at = block.block().getChars().subSequence(0, 0);
            String code = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
            block.block().setContent(List.of(PrefixedSubSequence.prefixOf(code, at)));
            String info = block.block().getInfo().toString();
            if (info.isEmpty() || info.startsWith(" ")) { // no language given: the file's extension says it
                block.block().setInfo(PrefixedSubSequence.prefixOf(language(file) + info, at));
            }
        }
        document.set(READ, Map.copyOf(read));
    }

    /** The language a file's extension names, as a fence names it ({@code .py}: python, which has a lab). */
    private static String language(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case "" -> "text";
            case "py" -> "python";
            case "js", "mjs", "cjs" -> "javascript";
            case "ts" -> "typescript";
            case "sh" -> "bash";
            case "yml" -> "yaml";
            case "md" -> "markdown";
            case "rs" -> "rust";
            case "kt" -> "kotlin";
            case "rb" -> "ruby";
            default -> extension;
        };
    }

    /** Whether every file the document's blocks show still holds the text they show. */
    public static boolean unchanged(Document document) {
        Map<Path, String> read = READ.get((DataHolder) document);
        return read == null || read.entrySet().stream().allMatch(e -> e.getValue().equals(text(e.getKey())));
    }

    /** The file's text, strictly decoded (a BOM dropped); null when it cannot be read or is not UTF-8. */
    private static String text(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) { // a CharacterCodingException too: not UTF-8
            return null;
        }
    }
}
