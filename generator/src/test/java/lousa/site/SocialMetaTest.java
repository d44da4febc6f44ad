package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Canonical, OpenGraph and Twitter meta with a base URL; no absolute URL at all without one. */
class SocialMetaTest {

    private static final Theme THEME = Theme.builtIn();

    private static final SiteMeta META = SiteMeta.of("https://ana.github.io/curso", SamplePages.COURSE, "pt-BR",
            "assets/social/course.png", Map.of("assincrona/loop.html", "assets/social/assincrona/loop.png"));

    private static Document render(PageModel page, SiteMeta meta) {
        return Jsoup.parse(THEME.renderPage(page, ThemeTest.ASSETS, meta));
    }

    private static String meta(Document doc, String property) {
        var element = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return element == null ? null : element.attr("content");
    }

    @Test
    void aLessonHasCanonicalOpenGraphAndTwitterMeta() {
        PageModel page = SamplePages.lesson("<p>Texto.</p>", false, false);
        Document doc = render(page, META);
        String url = "https://ana.github.io/curso/" + page.path();
        assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(url, meta(doc, "og:url"));
        assertEquals("article", meta(doc, "og:type"));
        assertEquals("pt_BR", meta(doc, "og:locale"));
        assertEquals(SamplePages.COURSE, meta(doc, "og:site_name"));
        assertEquals(doc.title(), meta(doc, "og:title"));
        assertEquals(page.description(), meta(doc, "og:description"));
        assertEquals(page.description(), meta(doc, "description"));
        assertTrue(meta(doc, "og:image").startsWith("https://ana.github.io/curso/assets/social/"), meta(doc, "og:image"));
        assertEquals("summary_large_image", meta(doc, "twitter:card"));
        assertEquals(meta(doc, "og:image"), meta(doc, "twitter:image"));
        assertNotNull(doc.selectFirst("link[rel=icon]"));
    }

    @Test
    void theHomePageIsAWebsiteAtTheBaseUrl() {
        Document doc = render(SamplePages.home(""), META);
        assertEquals("https://ana.github.io/curso/", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("website", meta(doc, "og:type"));
        assertEquals("https://ana.github.io/curso/assets/social/course.png", meta(doc, "og:image"));
    }

    @Test
    void withoutBaseUrlNoPageHasAnAbsoluteUrl() {
        for (PageModel page : new PageModel[] {SamplePages.lesson("<p>x</p>", true, true), SamplePages.home(""),
            SamplePages.deck(), SamplePages.notFound()}) {
            Document doc = render(page, SiteMeta.NONE);
            assertNull(doc.selectFirst("link[rel=canonical]"));
            assertNull(doc.selectFirst("meta[property^=og:]"));
            assertFalse(doc.head().html().contains("https://"), doc.head().html());
            assertNotNull(doc.selectFirst("link[rel=icon]"), "favicon on " + page.path());
        }
    }

    @Test
    void theNotFoundPageIsNeverIndexedNorCanonical() {
        Document doc = render(SamplePages.notFound(), META);
        assertNull(doc.selectFirst("link[rel=canonical]"));
        assertEquals("noindex", meta(doc, "robots"));
        assertNotNull(doc.selectFirst("link[rel=icon][data-site-href]"));
    }

    @Test
    void descriptionsComeFromTheFirstRealParagraphShortenedAtAWord() {
        assertEquals("Um parágrafo que diz algo.", Descriptions.firstParagraph(
                "<p class=\"deck-handout-intro\"><a>Apresentar</a> 3 slides</p><p>https://exemplo.com/uma/url/longa</p>"
                        + "<p>Um parágrafo que diz algo.</p>"));
        String longText = "palavra ".repeat(40);
        String shortened = Descriptions.shorten(longText);
        assertTrue(shortened.length() <= Descriptions.MAX, shortened);
        assertTrue(shortened.endsWith("palavra…"), shortened);
        assertEquals("", Descriptions.firstParagraph("<pre><code>x = 1</code></pre>"));
        assertEquals("Um parágrafo com nota e outra.", Descriptions.firstParagraph("<p>Um parágrafo com nota"
                + "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> e outra"
                + "<sup id=\"fnref-2\"><a class=\"footnote-ref\" href=\"#fn-2\">2</a></sup>.</p>"),
                "the numbers of footnote citations are not words of the description");
    }

    @Test
    void ogLocaleAndBaseUrlAreNormalised() {
        assertEquals("pt_BR", SiteMeta.ogLocale("pt-br"));
        assertEquals("en", SiteMeta.ogLocale("en"));
        assertEquals("https://x.org/a/", SiteMeta.of("https://x.org/a", "", "", null, null).baseUrl());
        assertFalse(SiteMeta.of("  ", "", "", null, null).hasBaseUrl());
        assertEquals("https://x.org/a/m%C3%B3dulo/aula.html",
                SiteMeta.of("https://x.org/a/", "", "", null, null).absolute("módulo/aula.html"));
    }

    @Test
    void theSocialImageIsA1200By630Png() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SocialImage.png(SamplePages.COURSE,
                "Um título bem comprido que precisa quebrar em mais de uma linha para caber no cartão de prévia",
                "Texto de apoio.")));
        assertEquals(SocialImage.WIDTH, image.getWidth());
        assertEquals(SocialImage.HEIGHT, image.getHeight());
        assertEquals(0x0f6b54, image.getRGB(2, 2) & 0xffffff, "brand green in the corner");
    }
}
