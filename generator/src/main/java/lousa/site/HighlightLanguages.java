package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The highlight.js language files a site ships: those its code blocks name, by file name or alias ({@code ```py} is
 * python), and those they build on (a {@code python-repl} session highlights its Python). highlight.js's usual
 * bundle registers 37 languages; a course uses a handful, and the rest was half of a lesson's first load (the seed
 * course: 12 KB compressed for the core, bash, java and python, against 46 KB).
 */
final class HighlightLanguages {

    static final String DIR = VendoredAssets.HIGHLIGHT_ROOT + "languages/";
    /** The aliases fences use most, so a course that writes them does not read every language file to find them. */
    private static final Map<String, String> COMMON_ALIASES = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("sh", "bash"), Map.entry("zsh", "bash"),
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("ts", "typescript"),
            Map.entry("tsx", "typescript"), Map.entry("html", "xml"), Map.entry("svg", "xml"),
            Map.entry("yml", "yaml"), Map.entry("md", "markdown"), Map.entry("console", "shell"),
            Map.entry("golang", "go"), Map.entry("rs", "rust"), Map.entry("kt", "kotlin"), Map.entry("cs", "csharp"),
            Map.entry("c++", "cpp"), Map.entry("h", "c"), Map.entry("hpp", "cpp"), Map.entry("docker", "dockerfile"),
            Map.entry("ps1", "powershell"), Map.entry("pycon", "python-repl"), Map.entry("toml", "ini"),
            Map.entry("patch", "diff"));
    /** Names that mean plain text, or blocks the site draws otherwise (diagrams, formulas): no grammar. */
    private static final Set<String> NOT_HIGHLIGHTED = Set.of("text", "txt", "plaintext", "plain", "output", "none",
            "mermaid", "math", "latex-math", "mdx-code-block");
    /** Languages whose blocks hold another one that highlight.js draws only when it is registered too. */
    private static final Map<String, List<String>> BUILDS_ON = Map.of(
            "python-repl", List.of("python"), "shell", List.of("bash"), "php-template", List.of("php", "xml"));
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern ALIASES = Pattern.compile("aliases:\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** Alias → file, of every language file; read once, and only when a fence names a language otherwise. */
    private static volatile Map<String, String> allAliases;

    private HighlightLanguages() {
    }

    /** The language files (names without {@code .min.js}) the languages written need, in name order. */
    static SortedSet<String> files(Collection<String> written) {
        SortedSet<String> files = new TreeSet<>();
        for (String name : written) {
            String language = name.toLowerCase(Locale.ROOT);
            if (NOT_HIGHLIGHTED.contains(language)) {
                continue;
            }
            String file = exists(language) ? language : COMMON_ALIASES.get(language);
            if (file == null) {
                file = allAliases().get(language); // a language highlight.js lacks is shown as plain text
            }
            if (file != null) {
                add(file, files);
            }
        }
        return files;
    }

    private static void add(String file, SortedSet<String> files) {
        if (files.add(file)) {
            BUILDS_ON.getOrDefault(file, List.of()).forEach(other -> add(other, files));
        }
    }

    private static boolean exists(String file) {
        return FILE_NAME.matcher(file).matches()
                && HighlightLanguages.class.getClassLoader().getResource(DIR + file + ".min.js") != null;
    }

    private static Map<String, String> allAliases() {
        Map<String, String> aliases = allAliases;
        if (aliases == null) {
            aliases = readAliases();
            allAliases = aliases;
        }
        return aliases;
    }

    /** Each language file's own aliases (the first list it declares), from the webjar, wherever it is. */
    private static Map<String, String> readAliases() {
        Map<String, String> aliases = new HashMap<>();
        try {
            for (String file : languageFiles()) {
                String text = new String(ThemeFiles.classpath(DIR + file + ".min.js"), StandardCharsets.UTF_8);
                Matcher list = ALIASES.matcher(text);
                if (list.find()) {
                    Matcher alias = QUOTED.matcher(list.group(1));
                    while (alias.find()) {
                        aliases.putIfAbsent(alias.group(1).toLowerCase(Locale.ROOT), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list highlight.js's languages", e);
        }
        return Map.copyOf(aliases);
    }

    /** The names of the language files, from the jar the webjar is in (or its folder, unpacked). */
    private static List<String> languageFiles() throws IOException {
        URL probe = HighlightLanguages.class.getClassLoader().getResource(DIR + "python.min.js");
        if (probe == null) {
            throw new IOException("missing from the classpath: " + DIR);
        }
        List<String> names = new ArrayList<>();
        try {
            if (probe.getProtocol().equals("jar")) {
                String spec = probe.toString();
                Path jar = Path.of(URI.create(spec.substring(4, spec.indexOf("!/"))));
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(JarEntry::getName).filter(n -> n.startsWith(DIR) && n.endsWith(".min.js"))
                            .forEach(n -> names.add(n.substring(DIR.length(), n.length() - ".min.js".length())));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(probe.toURI()).getParent())) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".min.js"))
                            .forEach(n -> names.add(n.substring(0, n.length() - ".min.js".length())));
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        names.sort(null);
        return names;
    }
}
