package lousa.dialect.mdx.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsStatementEndTest {

    private static boolean finished(String code) {
        return new JsStatementEnd(code, 0).finishedAt(code.length());
    }

    @Test
    void aStatementEndsWhenItsBracketsClose() {
        assertTrue(finished("export const a = {b: [1, (2)]};"));
        assertFalse(finished("export const a = () => ("));
        assertFalse(finished("export function f() {\n  return 1;\n"));
    }

    @Test
    void bracketsInStringsTemplatesAndCommentsDoNotCount() {
        assertTrue(finished("export const a = ')' + \"}\";"));
        assertTrue(finished("export const a = `(\n\n[`; // }\n/* ( */"));
        assertFalse(finished("export const a = `never closed ("), "a template that never closes");
        assertFalse(finished("export const a = 1; /* never closed"));
    }

    @Test
    void anApostropheInJsxTextIsNoString() {
        assertTrue(finished("export const A = () => <p>It's {'x'}</p>;"));
        assertFalse(finished("export const A = () => (<p>It's {x</p>"));
    }

    @Test
    void aLaterOffsetGoesOnFromTheLastOne() {
        String code = "export const a = `x\n\ny`;\nexport const b = (\n1);";
        JsStatementEnd statement = new JsStatementEnd(code, 0);
        assertFalse(statement.finishedAt(code.indexOf("\n\n")), "inside the template");
        assertTrue(statement.finishedAt(code.indexOf(";") + 1));
        assertFalse(statement.finishedAt(code.indexOf("(\n") + 2));
        assertTrue(statement.finishedAt(code.length()));
    }
}
