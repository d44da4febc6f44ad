package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A stylesheet loses its comments, indentation and blank lines, and nothing a browser reads. */
class StylesheetTextTest {

    @Test
    void commentsIndentationAndBlankLinesGo() {
        assertEquals("a { color: red; }\n.b {\nmargin: 0; \n}\n", StylesheetText.compact("""
                /* ---------- 1. Base ---------- */
                a { color: red; }

                  /* why */
                .b {
                  margin: 0; /* trailing */
                }
                """));
    }

    @Test
    void stringsAndLicencesStayAsWritten() {
        String css = """
                /*! licence */
                .a::before { content: "/* not a comment */"; }
                .b { background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"); }
                .c::after { content: 'it\\'s /* text */'; }
                """;
        assertEquals(css, StylesheetText.compact(css));
    }

    @Test
    void anUnclosedCommentRunsToTheEndAsInCss() {
        assertEquals("a { b: c; }\n", StylesheetText.compact("a { b: c; }\n/* unclosed\nd { e: f; }\n"));
    }
}
