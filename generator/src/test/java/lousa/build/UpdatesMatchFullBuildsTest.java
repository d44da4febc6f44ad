package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve}'s updates against full builds, over sequences of saves on the conformance course (every construct of
 * the three dialects): after each save the served site is the one a full build of the same content writes. Two
 * differences are by design and left out: a media file no lesson uses any more stays until the next full build, and
 * an update keeps the words that divide the search index's shards, which a full build chooses anew. This check found
 * the constructs page left stale when a saved Python example changed.
 */
class UpdatesMatchFullBuildsTest {

    private static final String[] ADDED = {"Uma frase nova sobre o loop de eventos.", "Veja também [[1-notas]].",
        "Leia [a outra lição](2-callouts.md).", "Texto com #etiqueta nova.", "Uma ==marca== e `código`.",
        "Nota de rodapé[^n].\n\n[^n]: O rodapé.", "Fórmula $x^2$ aqui.", "- [ ] tarefa\n- [x] feita",
        "> [!tip] Dica\n> Texto.", "| a | b |\n|---|---|\n| 1 | 2 |", "```python\nimport asyncio\nasyncio.run(main())\n```",
        "```mermaid\ngraph TD; A-->B\n```", "![[diagrama.png]]", "*[HTML]: HyperText Markup Language\n\nO HTML."};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everySavedEditLeavesTheSiteAFullBuildWrites(long seed, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path content = dir.resolve("content");
        CourseFixture.copyTree(Path.of("src/test/resources/conformance/content"), content);
        Files.writeString(content.resolve("02-docusaurus/9-gabarito.md"), // unlisted: in no list, still updated
                "---\ntitle: Gabarito\nunlisted: true\nid: respostas\nhide_title: true\n---\n\nAs respostas.\n");
        if (seed % 2 == 0) { // half the runs with a lesson as the home page, as a Docusaurus intro doc
            Path intro = content.resolve("02-docusaurus/index.mdx");
            Files.writeString(intro, Files.readString(intro).replaceFirst("---\n", "---\nslug: /\n"));
        }
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(content)) {
            lessons = files.filter(f -> f.toString().matches(".*\\.mdx?$")).sorted().toList();
        }
        Path labs = Files.createDirectories(dir.resolve("labs")); // no lab yet: the lab pages list the examples
        BuildOptions options = new BuildOptions(content, dir.resolve("served"), false, null, true, labs, null, false,
                false);
        Build build = Build.keepingLessons();
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        Random random = new Random(seed);
        List<String> saves = new ArrayList<>();
        for (int step = 0; step < 15; step++) {
            Path lesson = lessons.get(random.nextInt(lessons.size()));
            String before = Files.readString(lesson);
            Files.writeString(lesson, edit(before, random));
            saves.add(content.relativize(lesson).toString());
            Optional<Build.Update> update = build.update(options, Set.of(lesson));
            boolean written = update.isPresent() ? update.get().result().written()
                    : build.run(options, site -> site.commitChanges()).written();
            if (!written) { // the save broke the lesson: serve keeps the last good site; the author undoes it
                Files.writeString(lesson, before);
                assertTrue(build.run(options, site -> site.commitChanges()).written());
                continue;
            }
            Path full = dir.resolve("full-" + step);
            assertTrue(new Build().run(new BuildOptions(content, full, false, null, true, labs, null, false, false))
                    .written());
            Map<String, String> served = files(options.out());
            Map<String, String> built = files(full);
            served.keySet().removeIf(f -> f.startsWith("media/") && !built.containsKey(f));
            String context = "seed " + seed + ", after saving " + saves;
            assertEquals(built.keySet(), served.keySet(), context);
            built.forEach((file, text) -> assertEquals(text, served.get(file), context + ": " + file));
        }
    }

    /** One save: a new title, a section, a sentence or a construct added, a line removed or extended. */
    private static String edit(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("# ") || lines.get(i).startsWith("title:")) {
                        lines.set(i, lines.get(i).startsWith("#") ? "# Título " + random.nextInt(100)
                                : "title: \"Título " + random.nextInt(100) + "\"");
                        break;
                    }
                }
            }
            case 1 -> lines.add("\n## Seção " + random.nextInt(100) + "\n\nTexto.");
            case 2 -> lines.add("\n" + ADDED[random.nextInt(ADDED.length)] + "\n");
            case 3 -> lines.addAll(at, List.of("", ADDED[random.nextInt(ADDED.length)], ""));
            case 4 -> {
                if (!lines.get(at).startsWith("---") && !lines.get(at).contains(":")) {
                    lines.remove(at);
                }
            }
            case 5 -> { // a line of a Python example goes: the lab pages list what each example uses
                List<Integer> code = new ArrayList<>();
                boolean inPython = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("```")) {
                        inPython = !inPython && line.startsWith("```python");
                    } else if (inPython && !line.isBlank()) {
                        code.add(i);
                    }
                }
                if (!code.isEmpty()) {
                    lines.remove((int) code.get(code.size() - 1)); // most often a call: asyncio.run(main())
                }
            }
            default -> lines.set(at, lines.get(at) + " mais");
        }
        return String.join("\n", lines);
    }

    /** Every file of a site, but the search index's entry and shards (see the class comment). */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString();
                if (!name.equals("search/index.js") && !name.startsWith("search/s/")) {
                    files.put(name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

}
