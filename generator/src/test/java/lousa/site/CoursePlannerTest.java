package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lousa.build.CourseFixture;
import lousa.diag.Diagnostics;
import lousa.load.ContentScanner;
import lousa.load.CourseConfigReader;
import lousa.load.SourceFile;
import lousa.load.SourceReader;
import lousa.parse.LessonParser;
import lousa.parse.MarkdownParser;
import lousa.parse.ParsedLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson order, titles and URLs: front matter first, then file-name prefixes, then titles; folders nest. */
class CoursePlannerTest {

    @TempDir
    Path dir;

    @Test
    void ordersByPositionThenPrefixThenTitle() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/2-segunda.md", "# Segunda\n")
                .file("mod/10-decima.md", "# Décima\n")
                .file("mod/zeta.md", "# Zeta\n")
                .file("mod/alfa.md", "# Alfa\n")
                .file("mod/x.md", "---\nsidebar_position: 1\n---\n# Primeira por posição\n")
                .file("mod/y.md", "---\nweight: 2\n---\n# Segunda por peso\n");
        CourseOutline outline = plan(course);
        assertEquals(List.of("Primeira por posição", "Segunda por peso", "Segunda", "Décima", "Alfa", "Zeta"),
                outline.lessons().stream().map(Lesson::title).toList());
    }

    @Test
    void aNumberPrefixIsAPositionAmongTheSidebarPositions() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n")
                .file("mod/b.md", "---\nsidebar_position: 2\n---\n# B\n")
                .file("mod/3-c.md", "# C\n")
                .file("mod/d.md", "---\nsidebar_position: 3\n---\n# D\n")
                .file("mod/sem.md", "# Sem número\n");
        assertEquals(List.of("A", "B", "D", "C", "Sem número"),
                plan(course).lessons().stream().map(Lesson::title).toList(),
                "as Docusaurus reads '1-a.md'; at a tie the written position first; the rest after");
    }

    @Test
    void aFoldersIndexOrReadmeIsItsIntroductionAndComesFirst() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-aula.md", "---\nsidebar_position: 1\n---\n# Aula\n")
                .file("mod/index.md", "# Sobre o módulo\n")
                .file("outro/2-b.md", "# B\n")
                .file("outro/README.md", "# Leia-me\n");
        CourseOutline outline = plan(course);
        assertEquals(List.of("Sobre o módulo", "Aula", "Leia-me", "B"),
                outline.lessons().stream().map(Lesson::title).toList(),
                "as Docusaurus takes index.md or README.md for the page of its category");
    }

    @Test
    void urlsComeFromSlugsOrFromFoldersAndNamesWithoutPrefixes() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-parte/02-capitulo/03-aula-um.md", "# Um\n")
                .file("01-parte/02-capitulo/04-aula.md", "---\nslug: /backend/assincrono\n---\n# Dois\n")
                .file("01-parte/05-rel.md", "---\nslug: relativo\n---\n# Três\n");
        CourseOutline outline = plan(course);
        assertEquals(List.of("parte/capitulo/aula-um", "backend/assincrono", "parte/relativo"),
                outline.lessons().stream().map(Lesson::key).toList());
    }

    @Test
    void foldersWithoutConfigurationGetTitlesFromTheirNames() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("02-segundo-modulo/aula.md", "Sem título no texto.\n")
                .file("01-primeiro-modulo/intro-ao-curso.md", "---\ntitle: Introdução\n---\ntexto\n");
        CourseOutline outline = plan(course);
        assertEquals(List.of("Primeiro modulo", "Segundo modulo"),
                outline.entries().stream().map(OutlineEntry::title).toList());
        assertEquals(List.of("Introdução", "Aula"), outline.lessons().stream().map(Lesson::title).toList());
        assertEquals(List.of("Segundo modulo"), outline.lessons().get(1).sections());
    }

    @Test
    void courseConfigurationNamesAndOrdersModules() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\nmodules:\n  - dir: b\n    title: Bê primeiro\n  - dir: a\n")
                .file("a/x.md", "# X\n")
                .file("b/y.md", "# Y\n")
                .file("c/z.md", "# Z\n");
        CourseOutline outline = plan(course);
        assertEquals(List.of("Bê primeiro", "A", "C"), outline.entries().stream().map(OutlineEntry::title).toList());
        assertEquals("Curso", outline.config().title());
    }

    private static CourseOutline plan(CourseFixture course) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        var inventory = new ContentScanner().scan(course.content());
        var config = new CourseConfigReader().read(course.content(), diagnostics.forFile("course.yml"));
        LessonParser parser = new LessonParser(new MarkdownParser());
        List<ParsedLesson> parsed = inventory.lessons().stream()
                .map(p -> new SourceFile(p, inventory.relative(p), inventory.relative(p),
                        new SourceReader().read(p, diagnostics.forFile("x")).orElseThrow()))
                .map(s -> parser.parse(s, diagnostics.forFile(s.displayPath())))
                .toList();
        CourseOutline outline = new CoursePlanner().plan(config, parsed, diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        return outline;
    }
}
