package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lousa.labs.LessonBlocks;
import lousa.load.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus' {@code <CodeBlock>} read as a code fence, in {@code .md} and {@code .mdx} lessons alike. */
class CodeBlockComponentTest {

    private static final LessonParser PARSER = new LessonParser(new MarkdownParser());

    private static final String LESSON = """
            # Aula

            import CodeBlock from '@theme/CodeBlock';

            <CodeBlock language="python" title="main.py">
            {`import asyncio


            asyncio.run(main())
            `}
            </CodeBlock>

            <CodeBlock language="js" className="x" {...props}>{`const url = ${base};`}</CodeBlock>
            """;

    private static ParsedLesson parse(String file, Collected messages) {
        return PARSER.parse(new SourceFile(Path.of(file), file, file, LESSON), messages);
    }

    @Test
    void aPythonCodeBlockIsAnExampleOfTheLessonWithItsBlankLines() {
        for (String file : List.of("aula.md", "aula.mdx")) {
            LessonBlocks blocks = LessonBlocks.scan(parse(file, new Collected()).document());
            assertEquals(List.of(new LessonBlocks.PythonBlock(1, 5, "import asyncio\n\n\nasyncio.run(main())\n")),
                    blocks.python(), file);
        }
    }

    @Test
    void whatIsNotReadIsReportedAtTheComponentsLine() {
        Collected messages = new Collected();
        parse("aula.mdx", messages);
        assertEquals(List.of(
                "warning 13: <CodeBlock>: dropped attribute className — Lousa reads language, title, showLineNumbers"
                        + " and metastring, as literals",
                "warning 13: <CodeBlock>: dropped attribute {...props} — Lousa reads language, title, showLineNumbers"
                        + " and metastring, as literals",
                "warning 13: <CodeBlock>: ${…} in the code is shown as typed: Lousa does not run JavaScript — write"
                        + " \\${ for a literal ${, or write the value into the code"), messages.lines);
    }

    /**
     * {@code <CodeBlock>{Fonte}</CodeBlock>} with {@code import Fonte from '!!raw-loader!./fonte.py'} shows the file's
     * code, as Docusaurus does: relative to the lesson or from {@code @site/} (the content folder), in the language
     * of the tag or else of the file's extension; a Python file is an example of the lesson, with its lab.
     */
    @Test
    void aCodeBlockOfAnImportedFileShowsTheFilesCode(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("mod/codigo"));
        Files.writeString(content.resolve("mod/codigo/servidor.py"), "import asyncio\n\nasyncio.run(main())\n");
        Files.writeString(content.resolve("Main.java"), "class Main {}");
        String lesson = """
                import CodeBlock from '@theme/CodeBlock';
                import Servidor from '!!raw-loader!./codigo/servidor.py';
                import Main from "!!raw-loader!@site/Main.java";

                <CodeBlock title="servidor.py">{Servidor}</CodeBlock>

                <CodeBlock language="java">{ Main }</CodeBlock>
                """;
        Collected messages = new Collected();
        ParsedLesson parsed = PARSER.parse(new SourceFile(content.resolve("mod/aula.mdx"), "mod/aula.mdx",
                "mod/aula.mdx", lesson), messages);
        assertEquals(List.of(), messages.lines);
        List<FencedCodeBlock> blocks = new ArrayList<>();
        parsed.document().getDescendants().forEach(n -> {
            if (n instanceof FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        assertEquals(List.of("python title=\"servidor.py\"", "java"),
                blocks.stream().map(b -> b.getInfo().toString()).toList());
        assertEquals(List.of("import asyncio\n\nasyncio.run(main())\n", "class Main {}\n"),
                blocks.stream().map(b -> b.getContentChars().toString()).toList());
        assertEquals(List.of(new LessonBlocks.PythonBlock(1, 5, "import asyncio\n\nasyncio.run(main())\n")),
                LessonBlocks.scan(parsed.document()).python());
    }

    /** A name that is not a raw-loader import, or a file that is not there, is an error at the block's line. */
    @Test
    void aCodeBlockOfAFileThatIsNotThereIsAnError(@TempDir Path content) {
        String lesson = """
                import Fonte from '!!raw-loader!./fonte.py';
                import Outra from './outra.mdx';

                <CodeBlock>{Fonte}</CodeBlock>

                <CodeBlock>{Outra}</CodeBlock>

                <CodeBlock>{Fora}</CodeBlock>
                """ + "\nimport Fora from '!!raw-loader!../../etc/passwd';\n";
        Collected messages = new Collected();
        PARSER.parse(new SourceFile(content.resolve("aula.mdx"), "aula.mdx", "aula.mdx", lesson), messages);
        assertEquals(List.of(
                "error 4: cannot read './fonte.py': no such file — check the path relative to this lesson (or from"
                        + " @site/, the content folder)",
                "error 6: <CodeBlock>{Outra}</CodeBlock>: Outra is not a file imported with raw-loader, so the block"
                        + " has no code — import the file at the top of the lesson: import Outra from"
                        + " '!!raw-loader!./arquivo.py';",
                "error 8: '../../etc/passwd' points outside content/ — move the file under content/ so the lesson"
                        + " can show it"), messages.lines);
    }
}
