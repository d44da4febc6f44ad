package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links, wiki links and embeds resolve against the whole course into relative URLs that work from file://. */
class LinkResolutionTest {

    @TempDir
    Path dir;

    @Test
    void bracketsThatNoReferenceDefinesStayTextAndOnlyAFullReferenceIsAWarning() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-a.md", "# A\n\nTexto [opcional], lista[0], [sic] e ![figura].\n\n"
                        + "E [texto][indefinida] e [ok][def].\n\n[def]: https://example.com\n");
        assertEquals(List.of("content/01-mod/1-a.md:5:1: warning: reference [indefinida] is not defined, so the"
                + " text stays as written — add a line '[indefinida]: url' to the lesson, or write the link as"
                + " [text](url)"), course.messages(course.build()));
        var prose = org.jsoup.Jsoup.parse(course.read("mod/a.html")).select(".prose p");
        assertEquals("Texto [opcional], lista[0], [sic] e ![figura].", prose.get(0).text());
        assertEquals("E [texto][indefinida] e ok.", prose.get(1).text());
        assertEquals("https://example.com", prose.get(1).selectFirst("a").attr("href"));
    }

    /** flexmark left these nodes outside their document, and the build stopped with an internal error. */
    @Test
    void linksInATaskItemsMiddleBlockAndWikiLinksInALinksTextResolve() throws Exception {
        String task = "# A\n\n- [ ] primeiro\n\n  veja [a outra](2-b.md) e [[2-b|B]]\n\n  terceiro\n\n";
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-a.md", task + "Um [texto com [[nada]] dentro](2-b.md).\n")
                .file("01-mod/2-b.md", "# B\n");
        assertEquals(List.of("content/01-mod/1-a.md:9:1: error: wiki link [[nada]] matches no lesson"
                + " — use a lesson's file name or title"), course.messages(course.build()));

        course.file("01-mod/1-a.md", task + "Um [texto com [[2-b]] dentro](2-b.md).\n");
        assertEquals(List.of(), course.messages(course.build()));
        var page = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../mod/b.html", page.selectFirst(".task-list-item a:containsOwn(a outra)").attr("href"));
        assertEquals("../mod/b.html", page.selectFirst(".task-list-item a:containsOwn(B)").attr("href"));
        assertEquals(3, page.select(".prose a[href=../mod/b.html]").size(), page.select(".prose").html());
    }

    /** "C# e F#.html" written as is in an href is the page "C" with the fragment " e F#.html". */
    @Test
    void pagesNamedWithHashesAndBlanksAreLinkedPercentEncodedEverywhere() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-a.md", "# A\n\n[Cs](2-C%23%20e%20F%23.md)\n")
                .file("01-mod/2-C# e F#.md", "# Cs\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertTrue(Files.isRegularFile(course.out().resolve("mod/C# e F#.html")));
        String href = "../mod/C%23%20e%20F%23.html";
        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals(href, a.selectFirst(".prose a").attr("href"));
        assertEquals(href, a.selectFirst("#sidebar a:contains(Cs)").attr("href"));
        assertEquals(href, a.selectFirst(".pager-next").attr("href"));
        Document home = Jsoup.parse(course.read("index.html"));
        assertEquals(List.of("mod/C%23%20e%20F%23.html"), home.select("main a:containsOwn(Cs)").eachAttr("href"));
        assertTrue(course.read("offline.json").contains("[\"mod/C%23%20e%20F%23.html\","),
                "the offline copy fetches it");
    }

    @Test
    void rawHtmlIdsAreAnchorsAndRawHtmlLinksAreCheckedAsMarkdownOnes() throws Exception {
        String lesson = "# A\n\n<div id=\"exercicio\" class=\"caixa\">\n\nFaça.\n\n</div>\n\n"
                + "<a name='velho'></a>\n\n[o exercício](#exercicio), [o velho](#velho),"
                + " <a href=\"#exercicio\">aqui</a>, <a href=\"2-b.md\">B</a> e <img src=\"fig.png\" alt=\"f\">.\n";
        CourseFixture course = new CourseFixture(dir)
                .bytes("01-mod/fig.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("01-mod/1-a.md", lesson)
                .file("01-mod/2-b.md", "# B\n");
        assertEquals(List.of(), course.messages(course.build()));
        var page = org.jsoup.Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../mod/b.html", page.selectFirst("a:containsOwn(B)").attr("href"));
        assertEquals("../media/01-mod/fig.png", page.selectFirst("img[alt=f]").attr("src"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/01-mod/fig.png")), "copied, as for ![](fig.png)");

        course.file("01-mod/1-a.md", lesson + "\n<a href=\"#nada\">quebrado</a>\n");
        assertEquals(List.of("content/01-mod/1-a.md:13:1: error: broken anchor: '#nada' matches no heading of"
                + " content/01-mod/1-a.md — anchors are heading ids such as #a"), course.messages(course.build()));
    }

    /**
     * Docusaurus's {@code <Link to>} is a link checked as a markdown one (as HTML, {@code <link>} is a void head
     * element and its text no link), and an imported image's binding is the image's URL, relative or from
     * {@code @site/}.
     */
    @Test
    void aDocusaurusLinkAndAnImportedImageResolveAsMarkdownOnes() throws Exception {
        String lesson = "---\ntitle: A\n---\nimport Link from '@docusaurus/Link';\n"
                + "import foto from './img/foto.png';\nimport logo from \"@site/static/img/logo.png\";\n\n"
                + "Veja <Link to=\"/mod/b\" className=\"destaque\">a lição B</Link>, <Link to=\"./2-b.md\">B</Link> e"
                + " <Link href=\"https://example.com\">fora</Link>.\n\n<img src={foto} alt=\"Foto\" />"
                + " <img src={logo} alt=\"Logo\" />\n";
        CourseFixture course = new CourseFixture(dir)
                .bytes("01-mod/img/foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("static/img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("01-mod/1-a.mdx", lesson)
                .file("01-mod/2-b.md", "# B\n");
        assertEquals(List.of(), course.messages(course.build()));
        var page = org.jsoup.Jsoup.parse(course.read("mod/a.html"));
        assertEquals(List.of("../mod/b.html", "../mod/b.html", "https://example.com"),
                page.select(".prose p a").eachAttr("href"));
        assertEquals(List.of("a lição B", "B", "fora"), page.select(".prose p a").eachText());
        assertEquals("destaque", page.selectFirst(".prose a").className());
        assertTrue(page.select(".prose link").isEmpty());
        assertEquals("../media/01-mod/img/foto.png", page.selectFirst("img[alt=Foto]").attr("src"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/01-mod/img/foto.png")));
        assertEquals("../media/static/img/logo.png", page.selectFirst("img[alt=Logo]").attr("src"), "from @site/");

        course.file("01-mod/1-a.mdx", lesson + "\n<Link to=\"/mod/nada\">quebrado</Link>\n");
        assertEquals(List.of("content/01-mod/1-a.mdx:12:1: error: broken link: '/mod/nada' matches no lesson or file"
                + " — check the path relative to this lesson (links to lessons end in .md)"),
                course.messages(course.build()));
    }

    /**
     * An imported SVG is a component in Docusaurus ({@code <Logo />} draws it): here the image of the file, found and
     * copied as any image, its {@code title} the alt text; no warning of an unknown component.
     */
    @Test
    void anImportedSvgUsedAsAComponentIsItsImage() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>")
                .file("01-mod/1-a.mdx", "---\ntitle: A\n---\nimport Logo from './logo.svg';\n\n<Logo />\n\n"
                        + "Com <Logo title=\"O logo\" className=\"tema\"></Logo> no texto.\n");
        assertEquals(List.of(), course.messages(course.build()));
        var images = org.jsoup.Jsoup.parse(course.read("mod/a.html")).select(".prose img");
        assertEquals(List.of("../media/01-mod/logo.svg", "../media/01-mod/logo.svg"), images.eachAttr("src"));
        assertEquals(List.of("", "O logo"), images.eachAttr("alt"));
        assertEquals("tema", images.get(1).className());
        assertEquals("40", images.get(0).attr("width"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/01-mod/logo.svg")));
    }

    @Test
    void aBrokenSourceDeepInARawHtmlBlockIsReportedAtItsOwnLine() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-a.md", "# A\n\n<div class=\"galeria\">\n  <p>Figuras:</p>\n"
                        + "  <img src=\"sumiu.png\" alt=\"s\">\n</div>\n");
        assertEquals(List.of("content/01-mod/1-a.md:5:1: warning: image not found: sumiu.png — add 'sumiu.png'"
                + " under content/ (any folder: images are also found by name)"), course.messages(course.build()));
    }

    /**
     * Each image of an {@code srcset} is found and copied as the {@code src} is: left as written, the paths only made
     * sense beside the lesson, and a high-density screen picked a broken image. A missing one leaves the set.
     */
    @Test
    void theImagesOfAnSrcsetAreFoundAndCopiedAsTheSrcIs() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        CourseFixture course = new CourseFixture(dir)
                .bytes("01-mod/img/foto.png", png)
                .bytes("01-mod/img/foto@2x.png", png)
                .file("01-mod/1-a.md", "# A\n\n<img src=\"img/foto.png\" srcset=\"img/foto.png 1x, img/foto@2x.png 2x,"
                        + " img/sumiu.png 3x\" alt=\"Foto\">\n\n<picture>\n<source srcset=\"img/foto@2x.png\""
                        + " media=\"(min-width: 800px)\">\n<img src=\"img/foto.png\" alt=\"Outra\">\n</picture>\n");
        assertEquals(List.of("content/01-mod/1-a.md:3:1: warning: image not found: img/sumiu.png — add 'sumiu.png'"
                + " under content/ (any folder: images are also found by name)"), course.messages(course.build()));
        var page = org.jsoup.Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../media/01-mod/img/foto.png 1x, ../media/01-mod/img/foto@2x.png 2x",
                page.selectFirst("img[alt=Foto]").attr("srcset"));
        assertEquals("../media/01-mod/img/foto@2x.png", page.selectFirst("source").attr("srcset"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/01-mod/img/foto@2x.png")));
    }

    @Test
    void aLinkToTheSitesRootIsTheHomePageWhereverTheSiteIsServed() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/sub/1-a.md", "# A\n\n[Início](/), <a href=\"/\">início</a> e <a href=\"#\">nada</a>.\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertEquals(List.of("../../index.html", "../../index.html", "#"),
                org.jsoup.Jsoup.parse(course.read("mod/sub/a.html")).select(".prose a").eachAttr("href"));
    }

    @Test
    void anEmbeddedPdfIsAViewerAtItsPageAndAnotherFileALinkAndAMissingOneAPlaceholder() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("anexos/apostila.pdf", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .bytes("anexos/dados.csv", "a,b\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .file("01-mod/1-a.md", "# A\n\n![[apostila.pdf#page=3]]\n\n![[dados.csv]] e ![[sumiu.zip]]\n");
        assertEquals(List.of("content/01-mod/1-a.md:5:1: warning: file not found: sumiu.zip — add 'sumiu.zip' under"
                + " content/ (any folder: embeds are found by name)"), course.messages(course.build()));
        var page = org.jsoup.Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../media/anexos/apostila.pdf#page=3", page.selectFirst("object.pdf-embed").attr("data"));
        assertEquals("../media/anexos/apostila.pdf", page.selectFirst("object.pdf-embed > a").attr("href"),
                "the link where the browser shows no PDF");
        assertEquals("../media/anexos/dados.csv", page.selectFirst("a.file-embed").attr("href"));
        assertEquals("Arquivo não encontrado: sumiu.zip", page.selectFirst("span.missing-image").attr("aria-label"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/anexos/apostila.pdf")));
    }

    @Test
    void obsidianEmbedsAndWikiLinksResolveByNameAnywhereUnderContent() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("anexos/imagens/Pasted image 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("01-mod/1-notas.md", "# Notas\n\n![[Pasted image 1.png|300]]\n\n"
                        + "Veja [[Outra nota#Seção final|a outra]] e [[Outra nota]].\n")
                .file("02-outro/outra-nota.md", "# Outra nota\n\n## Seção final\n\nFim.\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        Document page = Jsoup.parse(course.read("mod/notas.html"));
        var img = page.selectFirst("article img");
        assertEquals("../media/anexos/imagens/Pasted%20image%201.png", img.attr("src"));
        assertEquals("300", img.attr("width"));
        assertTrue(Files.exists(course.out().resolve("media/anexos/imagens/Pasted image 1.png")), "image copied");
        assertEquals(List.of("../outro/outra-nota.html#secao-final", "../outro/outra-nota.html"),
                page.select("article .prose a[href*=outra]").eachAttr("href"));
        assertEquals("a outra", page.selectFirst("article .prose a[href*=secao-final]").text());
    }

    @Test
    void anEmbeddedNoteLinksToItsLessonAndAMissingOneIsABrokenLink() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-notas.md", "# Notas\n\n![[Outra nota]]\n\nE ![[Outra nota#Seção final|o fim]].\n")
                .file("02-outro/outra-nota.md", "# Outra nota\n\n## Seção final\n\nFim.\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        Document page = Jsoup.parse(course.read("mod/notas.html"));
        assertEquals(List.of("../outro/outra-nota.html", "../outro/outra-nota.html#secao-final"),
                page.select("article a.note-embed-link, article a.note-embed").eachAttr("href"),
                "the text's link to its lesson, then the card inside a line");
        assertEquals(List.of("Outra nota", "o fim"),
                page.select("article a.note-embed-link, article a.note-embed").eachText());

        course.file("01-mod/1-notas.md", "# Notas\n\n![[Nota que falta]]\n");
        BuildResult broken = course.build();
        assertEquals(List.of("content/01-mod/1-notas.md:3:1: error: embed ![[Nota que falta]] matches no lesson"
                + " — use a lesson's file name or title"), course.messages(broken));
    }

    @Test
    void anEmbeddedVideoPlaysInPlaceAndAMissingRecordingIsAPlaceholderWithAWarning() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("anexos/aula 1.mp4", new byte[] {0, 0, 0, 24})
                .file("01-mod/1-notas.md", "# Notas\n\n![[aula 1.mp4]]\n\n![[conversa.mp3]]\n");
        BuildResult result = course.build();
        assertEquals(List.of("content/01-mod/1-notas.md:5:1: warning: audio not found: conversa.mp3"
                + " — add 'conversa.mp3' under content/ (any folder: embeds are found by name)"), course.messages(result));
        Document page = Jsoup.parse(course.read("mod/notas.html"));
        assertEquals("../media/anexos/aula%201.mp4", page.selectFirst("article video[controls]").attr("src"));
        assertTrue(Files.isRegularFile(course.out().resolve("media/anexos/aula 1.mp4")), "the video is published");
        assertEquals("conversa.mp3Vídeo ou áudio não encontrado",
                page.selectFirst("article .missing-image .missing-image-name").text(), "the file, then what is wrong");
    }

    @Test
    void aWikiLinkToABlockIdFindsTheBlockAndAMissingOneIsABrokenAnchor() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-notas.md", "# Notas\n\nVeja [[Outra nota#^ideia|a ideia]].\n")
                .file("02-outro/outra-nota.md", "# Outra nota\n\nA ideia central. ^ideia\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertEquals("../outro/outra-nota.html#%5Eideia",
                Jsoup.parse(course.read("mod/notas.html")).selectFirst("article .prose a").attr("href"));
        assertEquals("^ideia", Jsoup.parse(course.read("outro/outra-nota.html")).selectFirst(".block-id").id());

        course.file("01-mod/1-notas.md", "# Notas\n\nVeja [[Outra nota#^outra]].\n");
        assertEquals(List.of("content/01-mod/1-notas.md:3:1: error: broken anchor: '[[Outra nota#^outra]]' matches no"
                + " block id of content/02-outro/outra-nota.md — end the paragraph it points to with ' ^outra'"),
                course.messages(course.build()));
    }

    /**
     * Obsidian's {@code [[Nota#Seção#Subseção]]} picks the heading under the one named before it, where the note has
     * two of that name; a path that no heading has is a broken anchor.
     */
    @Test
    void aWikiLinkToANestedHeadingFindsTheOneUnderItsParent() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-nota.md", "# Nota\n\n## Parte A\n\n### Detalhe\n\nA.\n\n## Parte B\n\n### Detalhe\n\nB.\n")
                .file("01-mod/2-uso.md", "# Uso\n\n[[Nota#Parte B#Detalhe]], [[Nota#Detalhe]] e [[#Uso#Fim]].\n\n"
                        + "## Fim\n");
        assertEquals(List.of(), course.messages(course.build()));
        var links = Jsoup.parse(course.read("mod/uso.html")).select("article .prose p a");
        assertEquals(List.of("../mod/nota.html#detalhe-1", "../mod/nota.html#detalhe", "#fim"), links.eachAttr("href"));
        assertEquals("Nota › Parte B › Detalhe", links.get(0).text());

        course.file("01-mod/2-uso.md", "# Uso\n\n[[Nota#Parte C#Detalhe]]\n");
        assertEquals(List.of("content/01-mod/2-uso.md:3:1: error: broken anchor: '[[Nota#Parte C#Detalhe]]' matches no"
                + " heading of content/01-mod/1-nota.md — anchors are heading ids such as #nota"),
                course.messages(course.build()));
    }

    @Test
    void relativePathsWithPercentEscapesAndMarkdownLinksToLessons() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("mod/img/meu diagrama.png", new byte[] {1, 2, 3})
                .file("mod/a.md", "# A\n\n![diagrama](img/meu%20diagrama.png)\n\n[B](../outro/b.md#parte-dois)\n")
                .file("outro/b.md", "---\nslug: /especial/b\n---\n# B\n\n## Parte dois\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        Document page = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("../media/mod/img/meu%20diagrama.png", page.selectFirst("article img").attr("src"));
        assertEquals("../especial/b.html#parte-dois", page.selectFirst("article .prose a[href*=parte]").attr("href"));
    }

    @Test
    void withAnEditAddressEachLessonLinksToItsOwnSource() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\nedit_url: https://github.com/u/r/edit/main/content/\n")
                .file("01-mod/1 Introdução.md", "# Introdução\n\nTexto.\n")
                .file("01-mod/2-slides.md", "---\nmarp: true\n---\n# Slides\n\n---\n\n## Dois\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        assertEquals("https://github.com/u/r/edit/main/content/01-mod/1%20Introdu%C3%A7%C3%A3o.md",
                Jsoup.parse(course.read("mod/Introdução.html")).selectFirst(".edit-page a").attr("href"));
        assertEquals("https://github.com/u/r/edit/main/content/01-mod/2-slides.md",
                Jsoup.parse(course.read("mod/slides.html")).selectFirst(".edit-page a").attr("href"),
                "a deck's handout page too");
        assertEquals(null, Jsoup.parse(course.read("index.html")).selectFirst(".edit-page"));
    }

    @Test
    void anEmailAutolinkIsAMailtoLinkNotABrokenLink() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/a.md", "# A\n\nDúvidas: <monitoria@example.com>.\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        Document page = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("mailto:monitoria@example.com", page.selectFirst("article .prose a").attr("href"));
    }

    @Test
    void brokenWikiLinksAreErrorsAndOnlyUsedAttachmentsArePublished() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("sobrando.png", new byte[] {1})
                .file("a.md", "# A\n\n[[Nota que não existe]]\n");
        BuildResult result = course.build();
        assertEquals(List.of("content/a.md:3:1: error: wiki link [[Nota que não existe]] matches no lesson"
                + " — use a lesson's file name or title"), course.messages(result));
        assertTrue(result.failed());
        course.file("a.md", "# A\n");
        assertFalse(course.build().failed());
        assertFalse(Files.exists(course.out().resolve("media/sobrando.png")), "unused files are not published");
    }

    @Test
    void portugueseHeadingsGetStableAsciiIds() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("a.md", "# A\n\n## 5. Síntaxe Async/Await\n\n## Ação\n\n## Ação\n");
        course.build();
        Document page = Jsoup.parse(course.read("a.html"));
        assertEquals(List.of("5-sintaxe-async-await", "acao", "acao-1"), page.select("article h2").eachAttr("id"));
    }

    @Test
    void aTitleHeadingAfterALeadingRuleIsNotRepeated() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("nota.md", "\n---\n# Minha nota\n\nTexto.\n");
        course.build();
        Document page = Jsoup.parse(course.read("nota.html"));
        assertEquals(List.of("Minha nota"), page.select("h1").eachText());
    }
}
