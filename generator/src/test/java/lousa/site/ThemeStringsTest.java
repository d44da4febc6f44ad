package lousa.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeStringsTest {

    private static final Pattern KEY = Pattern.compile("\\{\\{\\s*t\\.([A-Za-z0-9_]+)\\s*}}");

    @Test
    void everyKeyUsedByTheTemplatesExists() {
        ThemeFiles files = new ThemeFiles(null);
        List<String> templates = new ArrayList<>();
        templates.add(Theme.LAYOUT);
        Theme.PARTIALS.forEach(name -> templates.add("partials/" + name + ".html"));
        Map<String, String> strings = Theme.builtIn().strings("pt-BR");
        TreeSet<String> used = new TreeSet<>();
        for (String template : templates) {
            Matcher m = KEY.matcher(files.text(template));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 15, "the scan found the keys: " + used);
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(strings.keySet());
        assertEquals(new TreeSet<>(), missing, "keys used by templates but missing from i18n/pt-BR.properties");
    }

    @Test
    void stringsAreReadAsUtf8() {
        Map<String, String> strings = Theme.builtIn().strings("pt-BR");
        assertEquals("Nesta página", strings.get("toc_title"));
        assertEquals("Próxima", strings.get("next"));
        assertEquals("Copiado!", strings.get("copied"));
        assertEquals("Ir para o conteúdo", strings.get("skip_link"));
        assertEquals("Página não encontrada", strings.get("not_found_title"));
        assertEquals("Apresentar", strings.get("present"));
    }

    @Test
    void otherLanguagesFallBackToTheDefaultStrings() {
        Map<String, String> strings = Theme.builtIn().strings("en");
        assertEquals("Nesta página", strings.get("toc_title"));
        assertFalse(strings.isEmpty());
    }
}
