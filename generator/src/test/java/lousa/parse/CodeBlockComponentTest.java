package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lousa.labs.LessonBlocks;
import lousa.load.SourceFile;
import org.junit.jupiter.api.Test;

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
}
