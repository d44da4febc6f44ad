package lousa.site;

import java.util.List;

/** Small page models for theme tests and previews. */
final class SamplePages {

    static final String COURSE = "Programação Assíncrona";

    private SamplePages() {
    }

    static List<NavNode> sidebar(String currentHref) {
        return List.of(
                section("Programação assíncrona", currentHref,
                        lesson("Sistemas síncronos e assíncronos", "assincrona/sincrono.html", currentHref, false),
                        lesson("Bloqueio e loop de eventos", "assincrona/loop.html", currentHref, false),
                        lesson("Uvicorn e backlog", "assincrona/uvicorn.html", currentHref, true)),
                section("Projeto", currentHref,
                        lesson("Tornando o projeto assíncrono", "projeto/assincrono.html", currentHref, false)));
    }

    static NavNode lesson(String title, String href, String currentHref, boolean deck) {
        return new NavNode(title, href, href.equals(currentHref), false, deck, List.of());
    }

    static NavNode section(String title, String currentHref, NavNode... children) {
        boolean open = List.of(children).stream().anyMatch(NavNode::current);
        return new NavNode(title, null, false, open, false, List.of(children));
    }

    static PageModel lesson(String contentHtml, boolean hasCode, boolean hasMermaid) {
        String path = "assincrona/loop.html";
        return new PageModel("pt-BR", COURSE, "Bloqueio e loop de eventos", "Como o loop de eventos funciona.",
                "../", path, PageModel.PageKind.LESSON, sidebar(path),
                List.of(new Link("Início", "index.html"), new Link("Programação assíncrona", null)),
                List.of(new TocEntry(2, "bloqueio", "Bloqueio", List.of(
                                new TocEntry(3, "exemplo", "Um exemplo", List.of()))),
                        new TocEntry(2, "loop", "O loop de eventos", List.of())),
                new Link("Sistemas síncronos e assíncronos", "assincrona/sincrono.html"),
                new Link("Uvicorn e backlog", "assincrona/uvicorn.html"),
                contentHtml, hasCode, hasMermaid, null);
    }

    static PageModel home(String contentHtml) {
        return new PageModel("pt-BR", COURSE, COURSE,
                "Síncrono e assíncrono, loop de eventos e AsyncIO em Python, com cada exemplo traduzido para Java e testado.",
                "", "index.html", PageModel.PageKind.HOME, sidebar("index.html"), List.of(), List.of(),
                null, new Link("Sistemas síncronos e assíncronos", "assincrona/sincrono.html"),
                contentHtml, false, false, null);
    }

    static PageModel deck() {
        String path = "assincrona/uvicorn.html";
        return new PageModel("pt-BR", COURSE, "Uvicorn e backlog", "", "../", path, PageModel.PageKind.DECK,
                sidebar(path), List.of(new Link("Início", "index.html")), List.of(),
                new Link("Bloqueio e loop de eventos", "assincrona/loop.html"), null,
                "<p>Slides.</p>", false, false, "assincrona/uvicorn-slides.html");
    }

    static PageModel notFound() {
        return new PageModel("pt-BR", COURSE, "Página não encontrada", "", "", "404.html",
                PageModel.PageKind.NOT_FOUND, sidebar("404.html"), List.of(), List.of(), null, null, "", false, false,
                null);
    }
}
