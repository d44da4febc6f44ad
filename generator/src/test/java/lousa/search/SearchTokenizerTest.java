package lousa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SearchTokenizerTest {

    private final SearchTokenizer tokenizer = new SearchTokenizer();

    @Test
    void foldsCaseAndAccents() {
        assertEquals("funcao", Folding.fold("Função"));
        assertEquals("sincrono assincrono", Folding.fold("SÍNCRONO Assíncrono"));
        assertEquals("acao, pao e cafe", Folding.fold("Ação, pão e café"));
        assertEquals("create_task", Folding.fold("create_task"));
    }

    @Test
    void stemsPortuguesePluralsAndFeminineOnFoldedWords() {
        PortugueseStemmer stemmer = new PortugueseStemmer();
        assertEquals("corrotin", stemmer.stem("corrotina"));
        assertEquals("corrotin", stemmer.stem("corrotinas"));
        assertEquals("funca", stemmer.stem("funcao"));
        assertEquals("funca", stemmer.stem("funcoes"), "-oes is read as -ões, like the accented plural");
        assertEquals("pao", stemmer.stem("paes"));
        assertEquals("servidor", stemmer.stem("servidores"));
        assertEquals("papel", stemmer.stem("papeis"));
        assertEquals("rapid", stemmer.stem("rapidamente"));
        assertEquals("loop", stemmer.stem("loop"), "short words are left alone");
    }

    @Test
    void splitsIdentifiersOnUnderscoreDotAndCamelCase() {
        assertEquals(List.of("asynci", "creat", "task"), tokenizer.terms("asyncio.create_task(coro)").subList(0, 3));
        assertEquals(List.of("completablefutur", "completabl", "futur", "allof", "all", "of"),
                tokenizer.terms("CompletableFuture.allOf"));
        assertEquals(List.of("getx", "get"), tokenizer.terms("getX"), "a one-letter hump is dropped");
        assertEquals(List.of("httpclient", "http", "client"), tokenizer.terms("HTTPClient"));
    }

    @Test
    void dropsStopWordsAndSingleCharactersAndKeepsRepeats() {
        assertEquals(List.of("loop", "event", "dispar", "callback", "event"),
                tokenizer.terms("O loop de eventos dispara o callback do evento: é 1 só."));
        assertNull(tokenizer.term("não"));
        assertNull(tokenizer.term("x"));
        assertTrue(tokenizer.stopwords().contains("nao"), "stop words are folded");
    }

    @Test
    void termsOfAWordAreTheWholeWordThenItsHumps() {
        assertEquals(List.of("completablefutur", "completabl", "futur"), tokenizer.wordTerms("CompletableFuture"));
        assertEquals(List.of("sincron"), tokenizer.wordTerms("Síncronos"));
    }

    /** The same list SearchBrowserIT gives to the JavaScript tokenizer. */
    @TestFactory
    Stream<DynamicTest> sharedWordList() throws IOException {
        return readWordList().stream().map(c -> DynamicTest.dynamicTest(c[0],
                () -> assertEquals(terms(c[1]), tokenizer.terms(c[0]))));
    }

    private static List<String> terms(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.split(" "));
    }

    /** Lines of {@code search/normalisation.tsv} as {word, expected terms}. */
    static List<String[]> readWordList() throws IOException {
        try (InputStream in = SearchTokenizerTest.class.getResourceAsStream("/search/normalisation.tsv")) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                cases.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
            }
            return cases;
        }
    }
}
