package lousa.deck;

import lousa.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeCatalogTest {

    private static final String COURSE_THEME = """
            /* @theme curso */
            @import "rose-pine";
            @import "schema";
            h1 { color: tomato; }
            """;

    @Test
    void builtInThemesArePlainCssFiles() {
        ThemeCatalog themes = ThemeCatalog.builtIn();
        for (String name : ThemeCatalog.BUILT_IN) {
            String css = themes.css(name);
            assertEquals(Optional.of(name), ThemeCatalog.declaredName(css.substring(css.indexOf("/* @theme " + name))));
        }
        String rosePine = themes.css("rose-pine");
        assertTrue(rosePine.contains("--lousa-link: #0969da"), "imports default");
        assertTrue(rosePine.contains("--base: #191724") && rosePine.contains("--iris: #c4a7e7"));
        assertTrue(rosePine.contains(".columns {\n  display: grid;\n  grid-template-columns: repeat(2, minmax(0, 1fr));"));
    }

    @Test
    void aCourseThemeIsUsedByNameAndMayImportBuiltIns() {
        ThemeCatalog themes = ThemeCatalog.builtIn().withCustom(Map.of("curso", COURSE_THEME));
        String css = themes.css("curso");
        assertTrue(css.contains("--base: #191724"), "rose-pine was inlined");
        assertTrue(css.contains("--lousa-link: #0969da"), "and default, through rose-pine");
        assertFalse(css.contains("@import \"schema\""), "an import that is not a theme is dropped");

        TestMarkdown.Read read = TestMarkdown.read("---\nmarp: true\ntheme: curso\n---\n\n# Oi\n", themes);
        assertEquals("curso", read.deck().theme());
        assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
        assertTrue(read.deck().css().contains("div.marpit > section h1 {"));
        assertTrue(read.deck().css().contains("color: tomato"));
    }

    @Test
    void themeFilesAreFoundByTheirDeclaredName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("curso.css");
        Files.writeString(file, COURSE_THEME);
        Path other = dir.resolve("extra.css");
        Files.writeString(other, "p { color: red; }");
        ThemeCatalog themes = ThemeCatalog.builtIn().withThemeFiles(List.of(file, other));
        assertTrue(themes.has("curso"));
        assertFalse(themes.has("extra"));
    }

    @Test
    void importCyclesEnd() {
        ThemeCatalog themes = ThemeCatalog.builtIn().withCustom(Map.of(
                "a", "/* @theme a */ @import 'b'; a{}", "b", "/* @theme b */ @import 'a'; b{}"));
        assertTrue(themes.css("a").contains("b{}"));
    }

    @Test
    void anUnknownThemeWarnsWithItsLineAndFallsBackToDefault() {
        TestMarkdown.Read read = TestMarkdown.read("---\nmarp: true\n\ntheme: x\n---\n\n# Oi\n");
        assertEquals("default", read.deck().theme());
        assertEquals(1, TestMarkdown.count(read.diagnostics(), Severity.WARNING));
        assertEquals("deck.md:4:1: warning: unknown Marp theme 'x' — use default, gaia, uncover, rose-pine or put x.css "
                + "declaring @theme x beside the deck", read.diagnostics().get(0).format());

        TestMarkdown.Read fromComment = TestMarkdown.read("---\nmarp: true\n---\n\n# Oi\n\n<!-- theme: y -->\n");
        assertEquals("deck.md:7:1: warning: unknown Marp theme 'y' — use default, gaia, uncover, rose-pine or put y.css "
                + "declaring @theme y beside the deck", fromComment.diagnostics().get(0).format());
    }
}
