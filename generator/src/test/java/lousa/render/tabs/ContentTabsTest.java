package lousa.render.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lousa.dialect.mdx.TabValues;
import lousa.render.HtmlPass;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentTabsTest {

    private static Element apply(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        new ContentTabs().apply(body, new HtmlPass.Lesson("T"));
        return body;
    }

    @Test
    void tabItemsBecomeTabsAndPanelsWithTheDefaultChosen() {
        Element body = apply("<Tabs groupId=\"so\"><TabItem value=\"linux\" label=\"Linux\"><p>a</p></TabItem>"
                + "<TabItem value=\"win\" label=\"Windows\" default><p>b</p></TabItem></Tabs>");
        Element group = body.selectFirst("div.lab-tabs.content-tabs");
        assertEquals("so", group.attr("data-tabs-group"));
        assertEquals(List.of("Linux", "Windows"), group.select("[role=tab]").eachText());
        assertEquals(List.of("false", "true"), group.select("[role=tab]").eachAttr("aria-selected"));
        assertEquals(List.of("abas-1-linux", "abas-1-win"), group.select("[role=tabpanel]").eachAttr("id"));
        assertEquals("b", body.selectFirst("#abas-1-win > p").text());
        assertTrue(body.select("tabs, tabitem").isEmpty());
    }

    @Test
    void aLabelFallsBackToTheValueAndRepeatedValuesGetTheirOwnIds() {
        Element body = apply("<Tabs><TabItem value=\"a b\">1</TabItem><TabItem value=\"a b\">2</TabItem></Tabs>"
                + "<Tabs><TabItem value=\"x\">3</TabItem></Tabs>");
        assertEquals(List.of("a b", "a b", "x"), body.select("[role=tab]").eachText());
        assertEquals(List.of("abas-1-a-b", "abas-1-a-b2", "abas-2-x"), body.select("[role=tabpanel]").eachAttr("id"));
        assertFalse(body.selectFirst("#abas-1").hasAttr("data-tabs-group"), "no groupId: a group on its own");
    }

    @Test
    void tabsWithoutItemsAndItemsWithoutTabsKeepTheirContent() {
        Element body = apply("<Tabs><p>only text</p></Tabs><TabItem value=\"v\"><p>loose</p></TabItem>");
        assertEquals("<p>only text</p><p>loose</p>", body.html().replace("\n", ""));
    }

    @Test
    void contentThatIsNotATabItemIsKeptAfterTheGroup() {
        Element body = apply("<Tabs><TabItem value=\"a\">1</TabItem><p>left open: the rest of the page</p>");
        assertEquals(List.of("a"), body.select("[role=tab]").eachText());
        assertEquals("left open: the rest of the page", body.selectFirst(".content-tabs + p").text());
    }

    @Test
    void theValuesAndDefaultValueOfTabsTakePrecedenceOverTheItems() {
        String values = TabValues.encode("[\n  {label: 'Maçã', value: 'apple'},\n  {\"value\": \"orange\"},\n]");
        Element body = apply("<Tabs defaultValue=\"orange\" data-values=\"" + values + "\">"
                + "<TabItem value=\"apple\" label=\"Apple\" default>1</TabItem><TabItem value=\"orange\">2</TabItem>"
                + "<TabItem value=\"banana\" label=\"Banana\">3</TabItem></Tabs>");
        assertEquals(List.of("Maçã", "orange", "Banana"), body.select("[role=tab]").eachText());
        assertEquals(List.of("false", "true", "false"), body.select("[role=tab]").eachAttr("aria-selected"));
    }

    @Test
    void valuesThatAreNotLiteralsAreNotRead() {
        assertEquals(null, TabValues.encode("tabs.map(t => ({label: t, value: t}))"));
        assertEquals(null, TabValues.encode("[{label: 'A'}]"), "a tab needs its value");
        assertEquals(null, TabValues.encode("[{value: 'a'}, extra]"));
        assertEquals(java.util.Map.of("a & b", "A = B"), TabValues.decode(TabValues.encode("[{value: 'a & b', label: 'A = B'}]")));
    }

    @Test
    void onlyHtmlThatNamesTheComponentsIsWalked() {
        assertTrue(ContentTabs.present("<Tabs>\n<TabItem value=\"a\">"));
        assertFalse(ContentTabs.present("<p>&lt;Tabs&gt; in text</p><pre><code>tabs</code></pre>"));
    }
}
