package lousa.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks real lessons the way editing does, for the tests that build what comes out: a fence or an admonition left
 * open, a line lost or pasted twice, a marker of another dialect typed in the middle of a sentence, a file cut short.
 * Seeded: a failing seed gives the same lesson again.
 */
final class LessonMutator {

    /** The dialects' syntax, and characters that parsers meet rarely. */
    private static final String[] TOKENS = {"```", "```python title=\"a.py\" {1-3}", "```mermaid", "~~~", ":::",
        ":::note", ":::danger[Título]", "$$", "$", "<div>", "</div>", "<div class=\"mermaid\">", "<!--", "-->", "{/*",
        "*/}", "[[", "]]", "![[", "|", "^[", "%%", "==", "> [!note]", "> [!tip]- Título", "---", "| a | b |",
        "|---|---|", "* ", "1) ", "- [ ] ", "[^1]", "[^1]: ", "<Tabs>", "</Tabs>", "<TabItem value=\"a\">",
        "</TabItem>", "# ", "## ", "{#id}", "<img src=\"", "style={{ marginLeft: 'auto' }}", "}}", "{{", "\t",
        "\u0000", "\uFEFF", "\r", "<script>", "marp: true", "<!-- fit -->", "<!-- _class: lead -->",
        "import X from 'y';", "*[HTML]: x", ": def", " ^bloco", "[x](", "](#", "![](", "<iframe src=\"x\">",
        "&#", "<", "\\", "`", "_", "**", "~~", "\n", "\n\n", "    ", "#etiqueta", "http://", "<style>",
        "$O(n \\log n)$", "![[Pasted image 1.png|300]]", "[[#Seção]]", "[[Nota|apelido]]", "😀", "\u200B",
        // shapes that once stopped the build: kept so that the seeds keep meeting them
        "1. item\n\n    *[HTML]: HyperText", "- [ ] um\n\n  [dois](x.md)\n\n  três", "[um [[Nota]] dois](x.md)"};

    private final Random random;

    LessonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** The text with one to six edits. */
    String mutate(String text) {
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            text = edit(text);
        }
        return text;
    }

    private String edit(String text) {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        if (text.isEmpty()) {
            return token;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(text.length() + 1);
        int line = random.nextInt(lines.size());
        int to = Math.min(lines.size(), line + 1 + random.nextInt(8));
        switch (random.nextInt(8)) {
            case 0 -> {
                return text.substring(0, at) + token + text.substring(at);
            }
            case 1 -> lines.add(line, token);
            case 2 -> lines.subList(line, to).clear();
            case 3 -> lines.addAll(random.nextInt(lines.size() + 1), new ArrayList<>(lines.subList(line, to)));
            case 4 -> {
                return text.substring(0, at); // cut short
            }
            case 5 -> lines.set(line, random.nextBoolean() ? "    " + lines.get(line) : lines.get(line).strip());
            case 6 -> {
                int from = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(from, Math.min(text.length(), from + 200))
                        + text.substring(at);
            }
            default -> {
                return text.substring(0, at) + (char) (32 + random.nextInt(0x3000 - 32)) + text.substring(at);
            }
        }
        return String.join("\n", lines);
    }
}
