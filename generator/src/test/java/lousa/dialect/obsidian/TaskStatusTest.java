package lousa.dialect.obsidian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lousa.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Obsidian's other task statuses ({@code - [/]}, {@code - [-]}, {@code - [>]}…) are tasks drawn done, with the status
 * in {@code data-task}, as Obsidian renders them; {@code [ ]} and {@code [x]} are GitHub's, unchanged.
 */
class TaskStatusTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(PARSER.render(PARSER.parse(markdown)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "-", ">", "<", "?", "!", "*", "\"", "l", "b", "i", "S", "I", "p", "c", "f", "k", "w",
            "u", "d"})
    void anotherStatusIsADoneTaskThatSaysWhichOne(String status) {
        Element item = render("- [" + status + "] tarefa\n").selectFirst("li");
        assertEquals("task-list-item", item.className());
        assertEquals(status, item.attr("data-task"));
        assertTrue(item.selectFirst("> input[type=checkbox][checked][disabled]") != null, item.outerHtml());
        assertEquals("tarefa", item.text());
    }

    @Test
    void githubsTwoStayAsTheyWere() {
        Document html = render("- [ ] aberta\n- [x] feita\n");
        assertEquals(2, html.select("li.task-list-item").size());
        assertTrue(html.select("li[data-task]").isEmpty());
    }

    @Test
    void inAnOrderedOrLooseListToo() {
        Document html = render("1. [/] um\n\n   com mais um parágrafo\n2. [-] dois\n");
        assertEquals("/", html.selectFirst("ol > li").attr("data-task"));
        assertTrue(html.selectFirst("ol > li > p > input[checked]") != null, html.body().html());
        assertEquals("-", html.select("ol > li").get(1).attr("data-task"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- [ab] duas letras\n", "- [] vazio\n", "- [#] outro caractere\n",
            "Texto [/] no meio.\n"})
    void anythingElseStaysText(String markdown) {
        Document html = render(markdown);
        assertTrue(html.select("input, [data-task]").isEmpty(), html.body().html());
        assertTrue(html.text().contains("["), html.text());
    }
}
