package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's page says when its file last changed, as the course's git history tells: the day of the last commit
 * that touched it, in the commit's own time zone; also the page's {@code article:modified_time} and its sitemap
 * {@code <lastmod>}. Real repositories, made with the git on the PATH, commits dated by hand.
 */
class GitDatesTest {

    private static final String BASE = "https://example.com/curso/";

    @TempDir
    Path dir;

    private CourseFixture course;

    @BeforeEach
    void aRepositoryWithThreeCommits() throws Exception {
        Assumptions.assumeTrue(git(dir, Map.of(), "--version") == 0, "git is on the PATH");
        course = new CourseFixture(dir);
        git(dir, Map.of(), "init", "-q");
        course.file("01-mod/1-introdução.md", "# Introdução\n\nTexto.\n");
        commit("2026-01-10T10:00:00-03:00");
        course.file("01-mod/2-segunda.md", "# Segunda\n\nTexto.\n");
        commit("2026-02-20T09:00:00+01:00");
        course.file("01-mod/1-introdução.md", "# Introdução\n\nTexto revisto.\n");
        commit("2026-03-05T23:30:00-03:00"); // 6 March in UTC: the page says the author's day
        course.file("01-mod/3-rascunho.md", "# Rascunho\n\nAinda fora do git.\n");
    }

    @Test
    void eachLessonShowsTheDayOfTheLastCommitThatChangedIt() throws IOException {
        BuildResult result = build();
        assertTrue(result.written());
        Document first = Jsoup.parse(course.read("mod/introdução.html"));
        assertEquals("Última atualização em 5 de março de 2026", first.selectFirst(".last-updated").text());
        assertEquals("2026-03-05T23:30:00-03:00", first.selectFirst(".last-updated time").attr("datetime"));
        assertEquals("2026-03-05T23:30:00-03:00",
                first.selectFirst("meta[property=article:modified_time]").attr("content"));
        assertEquals("Última atualização em 20 de fevereiro de 2026",
                Jsoup.parse(course.read("mod/segunda.html")).selectFirst(".last-updated").text());
        assertNull(Jsoup.parse(course.read("mod/rascunho.html")).selectFirst(".last-updated"), "never committed");
        assertNull(Jsoup.parse(course.read("index.html")).selectFirst(".last-updated"), "the home is no lesson");

        String sitemap = course.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>" + BASE + "mod/introdu%C3%A7%C3%A3o.html</loc>"
                + "<lastmod>2026-03-05T23:30:00-03:00</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + BASE + "mod/rascunho.html</loc></url>"), sitemap);
    }

    /** Docusaurus's front matter {@code last_update: date:} stands in for the history; a bad date is a warning. */
    @Test
    void aLastUpdateDateInTheFrontMatterTakesThePlaceOfTheCommitsDate() throws Exception {
        course.file("01-mod/2-segunda.md", "---\nlast_update:\n  date: 2025-12-24\n  author: Ana\n---\n# Segunda\n");
        course.file("01-mod/3-rascunho.md", "---\nlast_update:\n  date: 3/14/2025\n---\n# Rascunho\n");
        course.file("01-mod/1-introdução.md", "---\ntitle: Introdução\nlast_update:\n  date: 31/12/2025\n---\n# I\n");
        BuildResult result = build();
        assertEquals("Última atualização em 24 de dezembro de 2025",
                Jsoup.parse(course.read("mod/segunda.html")).selectFirst(".last-updated").text());
        assertEquals("2025-12-24T00:00:00Z",
                Jsoup.parse(course.read("mod/segunda.html")).selectFirst(".last-updated time").attr("datetime"));
        assertEquals("Última atualização em 14 de março de 2025",
                Jsoup.parse(course.read("mod/rascunho.html")).selectFirst(".last-updated").text(),
                "Docusaurus' own example is month/day/year, as JavaScript reads it");
        assertEquals("Última atualização em 5 de março de 2026",
                Jsoup.parse(course.read("mod/introdução.html")).selectFirst(".last-updated").text(),
                "an unreadable date leaves the commit's");
        List<String> warnings = result.diagnostics().sorted().stream().map(lousa.diag.Diagnostic::format)
                .filter(m -> m.contains("last_update")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("1-introdução.md:4:1: warning: last_update's date '31/12/2025' is not a"
                + " date — write 'last_update:' and under it, indented, 'date: 2025-03-14' (as Docusaurus reads it);"
                + " until then the page shows the date of the file's last commit"), warnings.get(0));
        assertTrue(course.read("sitemap.xml").contains("<lastmod>2025-12-24T00:00:00Z</lastmod>"));

        course.file("course.yml", "title: Curso\nlast_updated: false\n");
        build();
        assertNull(Jsoup.parse(course.read("mod/segunda.html")).selectFirst(".last-updated"), "dates turned off");
    }

    /**
     * {@code last_updated_author: true} (Docusaurus' {@code showLastUpdateAuthor}) names who made the last change:
     * the commit's author, or the front matter's {@code last_update: author:}; each from its own source. Off by
     * default, as in Docusaurus: the test above sees no name.
     */
    @Test
    void theCourseCanNameWhoLastChangedEachLesson() throws Exception {
        course.file("course.yml", "title: Curso\nlast_updated_author: true\n");
        course.file("01-mod/2-segunda.md", "---\nlast_update:\n  date: 2025-12-24\n---\n# Segunda\n");
        course.file("01-mod/3-rascunho.md", "---\nlast_update:\n  author: Bia\n---\n# Rascunho\n");
        assertTrue(build().written());
        assertEquals("Última atualização em 5 de março de 2026 por Autora",
                Jsoup.parse(course.read("mod/introdução.html")).selectFirst(".last-updated").text());
        assertEquals("Autora", Jsoup.parse(course.read("mod/introdução.html")).selectFirst(".last-updated-by").text());
        assertEquals("Última atualização em 24 de dezembro de 2025 por Autora",
                Jsoup.parse(course.read("mod/segunda.html")).selectFirst(".last-updated").text(),
                "a front matter date alone keeps the commit's author");
        assertNull(Jsoup.parse(course.read("mod/rascunho.html")).selectFirst(".last-updated"),
                "never committed: an author without a date shows nothing, as in Docusaurus");

        course.file("01-mod/1-introdução.md", "---\nlast_update:\n  author: Bia\n---\n# Introdução\n");
        assertTrue(build().written());
        assertEquals("Última atualização em 5 de março de 2026 por Bia",
                Jsoup.parse(course.read("mod/introdução.html")).selectFirst(".last-updated").text(),
                "the front matter's author, the commit's date: the edit is not committed");
    }

    @Test
    void theCourseCanTurnTheDatesOff() throws Exception {
        course.file("course.yml", "title: Curso\nlast_updated: false\n");
        build();
        assertNull(Jsoup.parse(course.read("mod/introdução.html")).selectFirst(".last-updated"));
        assertTrue(!course.read("sitemap.xml").contains("<lastmod>"));
    }

    @Test
    void aShallowCloneShowsNoDatesAndSaysWhy() throws Exception {
        Path clone = dir.resolve("clone");
        assertEquals(0, git(dir, Map.of(), "clone", "-q", "--depth", "1", dir.toUri().toString(), clone.toString()));
        BuildResult result = new Build().run(new BuildOptions(clone.resolve("content"), clone.resolve("site"), false,
                BASE, true));
        assertNull(Jsoup.parse(Files.readString(clone.resolve("site/mod/segunda.html"))).selectFirst(".last-updated"),
                "every file would have the one commit kept");
        List<String> notes = result.diagnostics().sorted().stream().map(lousa.diag.Diagnostic::format)
                .filter(m -> m.contains("shallow")).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("fetch-depth: 0"), notes.get(0));
    }

    /**
     * git refuses a repository that belongs to another user (a checkout mounted into a container, a colleague's
     * folder): no dates, and a note naming the repository and the command that marks it safe. Needs root, to give
     * the repository away.
     */
    @Test
    void aRepositoryOfAnotherUserShowsNoDatesAndSaysHowToTrustIt() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder away");
        Process chown = new ProcessBuilder("chown", "-R", "54321:54321", dir.toString()).inheritIO().start();
        assertEquals(0, chown.waitFor());
        try {
            BuildResult result = new Build().run(new BuildOptions(course.content(), dir.resolve("elsewhere"), false,
                    BASE, true));
            assertTrue(result.written());
            assertNull(Jsoup.parse(Files.readString(dir.resolve("elsewhere/mod/segunda.html")))
                    .selectFirst(".last-updated"));
            List<String> notes = result.diagnostics().sorted().stream().map(lousa.diag.Diagnostic::format)
                    .filter(m -> m.contains("safe.directory")).toList();
            assertEquals(1, notes.size(), result.diagnostics().sorted().toString());
            assertTrue(notes.get(0).contains("git config --global --add safe.directory " + dir.toRealPath()),
                    notes.get(0));
        } finally {
            new ProcessBuilder("chown", "-R", "0:0", dir.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aCourseOutsideAnyRepositoryBuildsWithoutDates() throws Exception {
        Path elsewhere = Files.createTempDirectory("lousa-no-git");
        try {
            CourseFixture plain = new CourseFixture(elsewhere).file("01-mod/1-a.md", "# A\n\nTexto.\n");
            assertTrue(plain.build().written());
            assertNull(Jsoup.parse(plain.read("mod/a.html")).selectFirst(".last-updated"));
        } finally {
            try (var files = Files.walk(elsewhere)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private BuildResult build() throws IOException {
        return new Build().run(new BuildOptions(course.content(), course.out(), false, BASE, true));
    }

    private void commit(String date) throws Exception {
        assertEquals(0, git(dir, Map.of(), "add", "-A"));
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date);
        assertEquals(0, git(dir, env, "-c", "user.name=Autora", "-c", "user.email=autora@example.com",
                "commit", "-q", "-m", "lição"));
    }

    private static int git(Path in, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", in.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            return -1; // no git
        }
    }
}
