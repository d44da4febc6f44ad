package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Build#update}, as {@code serve} uses it: a saved lesson whose place in the course is the same rewrites its
 * page, the search index and the pages that show what changed (a new title: its section's sidebars, its neighbours,
 * the home page), and the site is then the one a full build makes; anything else (a new order or URL, a new file,
 * {@code course.yml}) is left to the full build, and a save with errors writes nothing.
 */
class IncrementalUpdateTest {

    @TempDir
    Path dir;

    private CourseFixture course;
    private Build build;
    private BuildOptions options;

    @BeforeEach
    void firstBuild() throws IOException {
        course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\n")
                .file("01-mod/1-a.md", "# A\n\nTexto antigo e palavraantiga.\n\n## Seção\n\nMais.\n")
                .file("01-mod/2-b.md", "# B\n\nVeja [a seção](1-a.md#secao) e ![figura](fig.png).\n")
                .file("02-outro/1-c.md", "---\ntitle: Alfa\n---\n\nTexto de Alfa.\n")
                .file("02-outro/2-d.md", "# D\n\nVolte a [[Alfa]].\n")
                .bytes("01-mod/fig.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("01-mod/nova.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        build = Build.keepingLessons();
        // As serve's preview builds: no offline mode (its file list is made by a full build only).
        options = new BuildOptions(course.content(), course.out(), false, null, true, null, null, false, false);
        BuildResult first = build.run(options, site -> site.commitChanges());
        assertTrue(first.written(), course.messages(first).toString());
    }

    private Path lesson(String relative) {
        return course.content().resolve(relative);
    }

    @Test
    void aSavedBodyRewritesOnlyItsPageAndTheSearchIndexAndEqualsAFullBuild() throws IOException {
        String before = course.read("mod/b.html");
        course.file("01-mod/1-a.md", "# A\n\nTexto novo e palavranova ![nova](nova.png).\n\n## Seção\n\nMais.\n");
        Optional<Build.Update> update = build.update(options, Set.of(lesson("01-mod/1-a.md")));

        assertTrue(update.isPresent(), "a body edit is an update");
        assertTrue(update.get().result().written(), course.messages(update.get().result()).toString());
        assertEquals(List.of("media/01-mod/nova.png", "mod/a.html", "search/index.js", "search/p/0.js",
                "search/s/0.js"), update.get().changed(), "the search index's entry, the page's text, its terms' shard");
        assertTrue(course.read("mod/a.html").contains("Texto novo"));
        assertEquals(before, course.read("mod/b.html"), "other pages are not touched");
        assertTrue(before.contains("a.html#secao\""), "their links to the lesson still resolve");
        String index = course.read("search/p/0.js") + course.read("search/s/0.js");
        assertTrue(index.contains("palavranova") && !index.contains("palavraantiga"), "the index follows the save");
        assertTrue(Files.exists(course.out().resolve("media/01-mod/fig.png")), "nothing else is deleted");

        assertEquals(files(course.out()), files(coldBuild()), "the site is the one a full build makes");
    }

    @Test
    void aSaveThatBringsTheCoursesFirstFormulaBringsKatex() throws IOException {
        assertFalse(Files.exists(course.out().resolve("assets/katex-0.18.11")), "no math yet");
        course.file("01-mod/1-a.md", "# A\n\nTexto antigo, e $x^2$.\n\n## Seção\n");
        Build.Update update = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertTrue(update.result().written(), course.messages(update.result()).toString());
        assertTrue(update.changed().contains("mod/a.html"), update.changed().toString());
        String js = Jsoup.parse(course.read("mod/a.html")).selectFirst("script[src*=katex]").attr("src");
        assertTrue(Files.isRegularFile(course.out().resolve("mod").resolve(js).normalize()), js);
        assertTrue(Files.isDirectory(course.out().resolve("assets/katex-0.18.11/fonts")));
    }

    @Test
    void aSaveWithAnErrorIsReportedAndKeepsTheLastGoodPageUntilFixed() throws IOException {
        course.file("01-mod/1-a.md", "# A\n\nVeja [isto](nada.md).\n\n## Seção\n");
        Build.Update broken = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertTrue(broken.result().failed());
        assertEquals(List.of(), broken.changed());
        assertEquals(List.of("content/01-mod/1-a.md:3:1: error: broken link: 'nada.md' matches no lesson or file"
                + " — check the path relative to this lesson (links to lessons end in .md)"),
                course.messages(broken.result()));
        assertTrue(course.read("mod/a.html").contains("Texto antigo"), "the last good page stays");

        course.file("01-mod/1-a.md", "# A\n\nConsertado.\n\n## Seção\n");
        Build.Update fixed = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertFalse(fixed.result().failed());
        assertEquals(List.of(), course.messages(fixed.result()));
        assertTrue(course.read("mod/a.html").contains("Consertado"));
    }

    @Test
    void theOtherFilesMessagesAreKept() throws IOException {
        course.file("01-mod/2-b.md", "# B\n\nVeja [a seção](1-a.md#secao) e ![figura](falta.png).\n");
        BuildResult warned = build.run(options, site -> site.commitChanges());
        List<String> messages = course.messages(warned);
        assertEquals(1, messages.size(), messages.toString());

        course.file("01-mod/1-a.md", "# A\n\nOutro texto.\n\n## Seção\n");
        Build.Update update = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertEquals(messages, course.messages(update.result()));
    }

    @Test
    void aNewHeadingRewritesOnlyItsPageAndEqualsAFullBuild() throws IOException {
        String other = course.read("mod/b.html");
        course.file("01-mod/1-a.md", "# A\n\nTexto.\n\n## Seção\n\n## Outra seção\n");
        Build.Update update = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();

        assertEquals(List.of("mod/a.html", "search/index.js", "search/p/0.js", "search/s/0.js"), update.changed());
        assertTrue(course.read("mod/a.html").contains("href=\"#outra-secao\""), "its table of contents follows");
        assertEquals(other, course.read("mod/b.html"));
        assertEquals(files(course.out()), files(coldBuild()));
    }

    @Test
    void aNewTitleLaysOutAgainThePagesThatShowItAndEqualsAFullBuild() throws IOException {
        String elsewhere = course.read("outro/d.html");
        course.file("01-mod/1-a.md", "# A renomeada\n\nTexto.\n\n## Seção\n");
        Build.Update update = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();

        assertTrue(update.result().written(), course.messages(update.result()).toString());
        // Its module's pages (sidebar and prev/next) and the home page; not the other module's pages.
        assertEquals(List.of("index.html", "mod/a.html", "mod/b.html", "search/index.js", "search/p/0.js",
                "search/s/0.js"),
                update.changed());
        assertTrue(course.read("mod/b.html").contains("A renomeada"), "the sidebar follows");
        assertEquals(elsewhere, course.read("outro/d.html"));
        assertEquals(files(course.out()), files(coldBuild()), "the site is the one a full build makes");
    }

    @Test
    void aNewTagIsLeftToTheFullBuildAndARenamedTaggedLessonRewritesTheTagsPage() throws IOException {
        course.file("01-mod/1-a.md", "# A\n\nTexto antigo e #novidade.\n\n## Seção\n\nMais.\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"))),
                "the tags page lists it: the whole build writes it");
        assertTrue(build.run(options, site -> site.commitChanges()).written());

        course.file("01-mod/1-a.md", "# A renomeada\n\nTexto antigo e #novidade.\n\n## Seção\n\nMais.\n");
        Build.Update update = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertTrue(update.changed().contains("tags.html"), update.changed().toString());
        assertTrue(course.read("tags.html").contains("A renomeada"));
        assertEquals(files(course.out()), files(coldBuild()), "the site is the one a full build makes");
    }

    @Test
    void aNewTitleIsLeftToTheFullBuildWhenALessonChoosesItsPrevOrNext() throws IOException {
        course.file("02-outro/2-d.md",
                "---\npagination_prev: null\npagination_next: 01-mod/1-a\n---\n# D\n\nVolte a [[Alfa]].\n");
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        course.file("01-mod/1-a.md", "# A renomeada\n\nTexto antigo e palavraantiga.\n\n## Seção\n\nMais.\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"))),
                "outro/d.html shows it in its pager, far from its neighbours");
    }

    @Test
    void aLessonLinkingToWhatASaveRemovedIsRenderedAgainAndReported() throws IOException {
        course.file("01-mod/1-a.md", "# A\n\nTexto.\n\n## Outro nome\n");
        Build.Update anchor = build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertTrue(anchor.result().failed());
        assertEquals(List.of("content/01-mod/2-b.md:3:1: error: broken anchor: '1-a.md#secao' matches no heading of"
                + " content/01-mod/1-a.md — anchors are heading ids such as #a"), course.messages(anchor.result()));
        assertEquals(List.of(), anchor.changed());

        course.file("01-mod/1-a.md", "# A\n\nTexto.\n\n## Seção\n");
        assertFalse(build.update(options, Set.of(lesson("01-mod/1-a.md"))).orElseThrow().result().failed());
        course.file("02-outro/1-c.md", "---\ntitle: Beta\n---\n\nTexto de Alfa.\n");
        Build.Update title = build.update(options, Set.of(lesson("02-outro/1-c.md"))).orElseThrow();
        assertEquals(List.of("content/02-outro/2-d.md:3:1: error: wiki link [[Alfa]] matches no lesson — use a"
                + " lesson's file name or title"), course.messages(title.result()), "wiki links find lessons by title");
    }

    @Test
    void aTitleThatReordersLessonsIsLeftToTheFullBuild() throws IOException {
        course.file("03-livre/x.md", "# Primeiro\n").file("03-livre/y.md", "# Segundo\n");
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        course.file("03-livre/x.md", "# Terceiro\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("03-livre/x.md"))),
                "lessons without a position are in title order");
        course.file("03-livre/x.md", "# Primeira\n");
        assertTrue(build.update(options, Set.of(lesson("03-livre/x.md"))).isPresent(), "the same order");
        course.file("01-mod/1-a.md", "---\nslug: outra\n---\n# A\n\n## Seção\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"))), "a new URL");
    }

    @Test
    void anEditorsTemporaryFileThatCameAndWentIsNoChange() throws IOException {
        course.file("01-mod/1-a.md", "# A\n\nTexto salvo pelo editor.\n\n## Seção\n");
        Build.Update update = build.update(options,
                Set.of(lesson("01-mod/1-a.md"), lesson("01-mod/.1-a.md.swp"), lesson("01-mod/sed4Xk2a"))).orElseThrow();
        assertTrue(update.result().written());
        assertTrue(course.read("mod/a.html").contains("Texto salvo pelo editor"));

        Files.delete(lesson("01-mod/fig.png"));
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"), lesson("01-mod/fig.png"))),
                "a removed image a lesson uses is not a temporary file");

        course.bytes("02-outro/img/d.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        Files.delete(lesson("02-outro/img/d.png"));
        Files.delete(lesson("02-outro/img"));
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"), lesson("02-outro/img"))),
                "nor a removed folder that held one");
    }

    @Test
    void newFilesConfigurationAndAttachmentsAreLeftToTheFullBuild() throws IOException {
        course.file("01-mod/3-c.md", "# C\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/3-c.md"))), "a new lesson");
        assertEquals(Optional.empty(), build.update(options, Set.of(course.content().resolve("course.yml"))));
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/fig.png"))));
        assertEquals(Optional.empty(), build.update(options, Set.of()), "changes not known");
        Files.delete(lesson("01-mod/2-b.md"));
        assertEquals(Optional.empty(), build.update(options,
                Set.of(lesson("01-mod/2-b.md"), lesson("01-mod/1-a.md"))), "a removed lesson");

        BuildResult full = build.run(options, site -> site.commitChanges());
        assertTrue(full.written(), course.messages(full).toString());
        assertTrue(course.read("mod/c.html").contains("C"));
        assertFalse(Files.exists(course.out().resolve("mod/b.html")));
    }

    /** The constructs page lists the examples using each construct: an example's new code is a new list there. */
    @Test
    void aSavedPythonExampleRewritesTheConstructsPage() throws IOException {
        Files.createDirectories(dir.resolve("labs"));
        BuildOptions withLabs = new BuildOptions(course.content(), course.out(), false, null, true, dir.resolve("labs"),
                null, false, false);
        String example = "# A\n\n## Seção\n\n```python\nasync def main():\n    await asyncio.sleep(1)\n\n%s```\n";
        course.file("01-mod/1-a.md", example.formatted("asyncio.run(main())\n"));
        assertTrue(build.run(withLabs, site -> site.commitChanges()).written());
        assertTrue(runRow().contains("mod/a.html#lab-exemplo-1"), runRow());

        course.file("01-mod/1-a.md", example.formatted(""));
        Build.Update update = build.update(withLabs, Set.of(lesson("01-mod/1-a.md"))).orElseThrow();
        assertTrue(update.changed().contains("python-java.html"), update.changed().toString());
        assertFalse(runRow().contains("lab-exemplo-1"), runRow());
        Path cold = dir.resolve("cold-labs");
        assertTrue(new Build().run(new BuildOptions(course.content(), cold, false, null, true, dir.resolve("labs"),
                null, false, false)).written());
        assertEquals(files(cold), files(course.out()), "the site is the one a full build makes");
    }

    /** The row of the constructs page for {@code asyncio.run}. */
    private String runRow() throws IOException {
        return Jsoup.parse(course.read("python-java.html")).select("tr:has(th:contains(asyncio.run))").outerHtml();
    }

    @Test
    void aFailedFullBuildLeavesNothingToUpdate() throws IOException {
        course.file("01-mod/2-b.md", "# B\n\nVeja [isto](nada.md).\n");
        assertTrue(build.run(options, site -> site.commitChanges()).failed());
        course.file("01-mod/1-a.md", "# A\n\nTexto.\n\n## Seção\n");
        assertEquals(Optional.empty(), build.update(options, Set.of(lesson("01-mod/1-a.md"))),
                "the served site is not the one the failed build planned");
    }

    private Path coldBuild() throws IOException {
        Path cold = dir.resolve("cold");
        assertTrue(new Build().run(new BuildOptions(course.content(), cold, false, null, true, null, null, false, false))
                .written());
        return cold;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
