package lousa.deck;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CssScoperTest {

    private final CssScoper scoper = new CssScoper("div.marpit > section");

    @Test
    void themeSelectorsTargetTheSlides() {
        assertEquals("div.marpit > section {color: red}\n", scoper.scope(":root {color: red}"));
        assertEquals("div.marpit > section.lead h1,\ndiv.marpit > section p > a {x: 1}\n",
                scoper.scope("section.lead h1, p > a {x: 1}"));
        assertEquals("div.marpit > section::after {content: attr(data-marpit-pagination)}\n",
                scoper.scope("section::after {content: attr(data-marpit-pagination)}"));
        assertEquals("div.marpit > section sectionx {a: b}\n", scoper.scope("sectionx {a: b}"));
        assertEquals("div.marpit > section :is(h1, h2) {a: b}\n", scoper.scope(":is(h1, h2) {a: b}"));
    }

    @Test
    void atRulesAreScopedInsideOrKept() {
        assertEquals("@media print {\ndiv.marpit > section p {a: b}\n}\n", scoper.scope("@media print { p {a: b} }"));
        assertEquals("@keyframes spin {from{a:b} to{a:c}}\n", scoper.scope("@keyframes spin {from{a:b} to{a:c}}"));
        assertEquals("@font-face {font-family: x}\n", scoper.scope("@font-face {font-family: x}"));
    }

    @Test
    void commentsGoAndStringsStay() {
        assertEquals("div.marpit > section p {content: \"} /* x */\"}\n",
                scoper.scope("/* @theme t */ p {content: \"} /* x */\"}"));
    }
}
