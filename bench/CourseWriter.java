import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic course twice: as Lousa content (the three dialects mixed, as real courses are) and as the
 * same text converted to what Hugo expects (front matter, shortcodes, plain HTML instead of JSX, relref links).
 * Deterministic: the same N gives the same bytes.
 *
 * <p>Shape: parts of {@value #MODULES_PER_PART} modules of {@value #LESSONS_PER_MODULE} lessons; every
 * {@value #LESSONS_PER_MODULE}th lesson is a Marp deck. Each lesson is 8–15 KB of Portuguese prose with
 * h2/h3 headings, lists, a table, 2–4 code blocks, one Mermaid fence, links (relative, wiki, external) and an
 * image, plus the dialect constructs: Docusaurus admonitions and JSX styles, Obsidian callouts, embeds,
 * highlights and comments.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/CourseWriter.java N OUT_DIR} writes
 * {@code OUT_DIR/content} and {@code OUT_DIR/hugo}.
 */
public final class CourseWriter {

    static final int LESSONS_PER_MODULE = 20;
    static final int MODULES_PER_PART = 10;
    static final int IMAGES = 12;

    /** A 1×1 transparent PNG, so every image resolves to a real file. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static final String[] TOPICS = ("corrotinas;tarefas;filas;eventos;sockets;threads;processos;futuros;"
            + "semáforos;travas;timeouts;cancelamento;geradores;iteradores;clientes HTTP;servidores;conexões;"
            + "bancos de dados;testes assíncronos;executores;callbacks;streams;backpressure;retentativas;"
            + "agendamento;sinais;subprocessos;logging;perfilamento;depuração").split(";");
    private static final String[] SUBJECTS = ("o loop de eventos;a corrotina;cada tarefa;o servidor;o cliente;"
            + "a aplicação;o sistema operacional;a função assíncrona;o executor;a fila de mensagens;o programa;"
            + "essa abordagem;o interpretador;a biblioteca padrão;o teste;o código bloqueante;a requisição;"
            + "o banco de dados;a conexão;o usuário").split(";");
    private static final String[] VERBS = ("aguarda;executa;agenda;cancela;processa;recebe;envia;devolve;bloqueia;"
            + "libera;controla;registra;coordena;suspende;retoma;organiza;monitora;encadeia;distribui;consome")
            .split(";");
    private static final String[] OBJECTS = ("a resposta do servidor;várias requisições ao mesmo tempo;"
            + "o resultado da operação;um evento de entrada e saída;a próxima corrotina pronta;os dados da fila;"
            + "uma exceção inesperada;o controle de volta ao loop;um callback registrado;o tempo de espera;"
            + "as conexões abertas;a leitura do arquivo;um novo processo;as tarefas pendentes;"
            + "a latência da rede;o uso de memória;a concorrência entre funções;o estado compartilhado")
            .split(";");
    private static final String[] COMPLEMENTS = ("sem bloquear a thread principal;enquanto espera o disco;"
            + "de forma previsível;quando o temporizador expira;antes de retornar;depois que a conexão fecha;"
            + "com uma única thread;em paralelo com outras tarefas;sem desperdiçar CPU;logo no início;"
            + "como vimos na seção anterior;na maior parte dos casos;em cenários de alta carga;"
            + "com pouca memória;sem condições de corrida").split(";");
    private static final String[] CONNECTIVES = ("Além disso, ;Por outro lado, ;Na prática, ;Em resumo, ;"
            + "Note que ;Por isso, ;Em seguida, ;Nesse caso, ;Assim, ;Ou seja, ;Vale lembrar que ;"
            + "Em contrapartida, ; ; ; ").split(";");
    private static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge "
            + "la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti "
            + "to tu va ve vi vo za ze zo lho nha tra pro cre gra").split(" ");
    private static final String[] LANGS = {"python", "java", "bash", "python"};
    private static final String[] ADMONITIONS = {"note", "tip", "info", "warning", "danger"};
    private static final String[] CALLOUTS = {"note", "tip", "warning", "example", "question"};

    private final int count;
    private final Path content;
    private final Path hugo;

    CourseWriter(int count, Path out) {
        this.count = count;
        this.content = out.resolve("content");
        this.hugo = out.resolve("hugo");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/CourseWriter.java N OUT_DIR");
            System.exit(2);
        }
        new CourseWriter(Integer.parseInt(args[0]), Path.of(args[1])).write();
    }

    void write() throws IOException {
        Files.createDirectories(content.resolve("attachments"));
        Files.createDirectories(hugo.resolve("content"));
        Files.createDirectories(hugo.resolve("static/attachments"));
        write(content.resolve("course.yml"), "title: \"Curso sintético (" + count + " lições)\"\n"
                + "description: \"Programação assíncrona, gerada para medir o build.\"\nlanguage: pt-BR\n");
        for (int i = 0; i < IMAGES; i++) {
            Files.write(content.resolve("attachments").resolve(image(i)), PNG);
            Files.write(hugo.resolve("static/attachments").resolve(image(i)), PNG);
        }
        HugoSite.writeSkeleton(hugo, count);
        for (int i = 0; i < count; i++) {
            if (i % (LESSONS_PER_MODULE * MODULES_PER_PART) == 0) {
                int part = i / (LESSONS_PER_MODULE * MODULES_PER_PART);
                write(hugo.resolve("content").resolve(partDir(part)).resolve("_index.md"),
                        "---\ntitle: \"" + partTitle(part) + "\"\nweight: " + (part + 1) + "\n---\n");
            }
            if (i % LESSONS_PER_MODULE == 0) {
                int module = i / LESSONS_PER_MODULE;
                write(hugo.resolve("content").resolve(moduleDir(module)).resolve("_index.md"),
                        "---\ntitle: \"" + moduleTitle(module) + "\"\nweight: " + (module + 1) + "\n---\n");
            }
            String markdown = isDeck(i) ? deck(i) : lesson(i);
            write(content.resolve(moduleDir(i / LESSONS_PER_MODULE)).resolve(fileName(i)), markdown);
            write(hugo.resolve("content").resolve(moduleDir(i / LESSONS_PER_MODULE)).resolve(fileName(i)),
                    HugoSite.convert(markdown, title(i), i % LESSONS_PER_MODULE + 1));
        }
    }

    static boolean isDeck(int i) {
        return i % LESSONS_PER_MODULE == LESSONS_PER_MODULE - 1;
    }

    static String partDir(int part) {
        return String.format(Locale.ROOT, "%02d-parte-%d", part + 1, part + 1);
    }

    static String partTitle(int part) {
        return "Parte " + (part + 1) + ": " + TOPICS[part % TOPICS.length];
    }

    static String moduleDir(int module) {
        return partDir(module / MODULES_PER_PART) + "/"
                + String.format(Locale.ROOT, "%02d-modulo-%d", module % MODULES_PER_PART + 1, module + 1);
    }

    static String moduleTitle(int module) {
        return "Módulo " + (module + 1) + ": " + TOPICS[(module * 7) % TOPICS.length];
    }

    static String title(int i) {
        return "Lição " + (i + 1) + ": " + TOPICS[(i * 13) % TOPICS.length] + " e "
                + TOPICS[(i * 5 + 3) % TOPICS.length];
    }

    /** Unique across the course, so Obsidian wiki links by name find exactly one lesson. */
    static String fileName(int i) {
        return String.format(Locale.ROOT, "%02d-licao-%d.md", i % LESSONS_PER_MODULE + 1, i + 1);
    }

    static String stem(int i) {
        return fileName(i).substring(0, fileName(i).length() - 3);
    }

    static String image(int n) {
        return String.format(Locale.ROOT, "diagrama-%02d.png", n + 1);
    }

    /** A lesson in one of three dialect mixes, by position: Docusaurus/MDX, Obsidian, or both. */
    String lesson(int i) {
        Random random = new Random(i * 7919L + 17);
        Prose prose = new Prose(random);
        int dialect = i % 3;
        StringBuilder md = new StringBuilder(16_384);
        if (dialect == 0) {
            md.append("---\ntitle: \"").append(title(i)).append("\"\nsidebar_position: ")
                    .append(i % LESSONS_PER_MODULE + 1).append("\ndescription: \"")
                    .append(prose.sentence()).append("\"\n---\n\n");
            md.append("<!-- rascunho: revisar exemplos -->\n\n");
        } else if (dialect == 1) {
            md.append("\n---\n\n# ").append(title(i)).append("\n\n");
        } else {
            md.append("# ").append(title(i)).append("\n\n");
        }
        int target = 8_000 + random.nextInt(7_000);
        md.append(prose.paragraph(4)).append("\n\n");
        int codeBlocks = 2 + random.nextInt(3);
        int sections = 0;
        while (md.length() < target || sections < 6) {
            sections++;
            boolean h3 = sections % 3 == 0;
            md.append(h3 ? "### " : "## ").append(sections).append(". ").append(capitalised(prose.pick(TOPICS)))
                    .append(' ').append(prose.pick(COMPLEMENTS)).append("\n\n");
            md.append(prose.paragraph(3 + random.nextInt(3))).append("\n\n");
            switch (sections) {
                case 1 -> md.append(bulletList(prose, dialect)).append('\n');
                case 2 -> md.append(table(prose)).append('\n');
                case 3 -> md.append(admonitionOrCallout(i, prose, dialect)).append('\n');
                case 4 -> md.append(mermaid(i)).append('\n');
                case 5 -> md.append(links(i, prose, dialect)).append('\n');
                case 6 -> md.append(image(i, dialect)).append('\n');
                case 7 -> md.append(orderedList(prose)).append('\n');
                default -> { }
            }
            if (codeBlocks > 0 && sections % 2 == 0) {
                md.append(code(LANGS[(i + sections) % LANGS.length], random)).append('\n');
                codeBlocks--;
            }
            md.append(prose.paragraph(2 + random.nextInt(3))).append("\n\n");
        }
        while (codeBlocks-- > 0) {
            md.append(code("python", random)).append('\n');
        }
        return md.toString();
    }

    private static String bulletList(Prose prose, int dialect) {
        StringBuilder md = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            md.append("- **").append(capitalised(prose.pick(TOPICS))).append("**: ").append(prose.sentence());
            if (k == 2 && dialect != 0) {
                md.append(" ==").append(prose.pick(OBJECTS)).append("==");
            }
            md.append('\n');
            if (k == 1) {
                md.append("  - ").append(prose.sentence()).append('\n');
                md.append("  - `asyncio.create_task()` ").append(prose.pick(COMPLEMENTS)).append('\n');
            }
        }
        return md.toString();
    }

    private static String orderedList(Prose prose) {
        StringBuilder md = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            md.append(k).append(". ").append(prose.sentence()).append('\n');
        }
        return md.toString();
    }

    private static String table(Prose prose) {
        StringBuilder md = new StringBuilder("| Modelo | Quando usar | Custo |\n|---|---|---|\n");
        String[] models = {"Síncrono", "Assíncrono", "Threads", "Processos"};
        for (String model : models) {
            md.append("| ").append(model).append(" | ").append(prose.pick(COMPLEMENTS)).append(" | ")
                    .append(prose.pick(OBJECTS)).append(" |\n");
        }
        return md.toString();
    }

    private static String admonitionOrCallout(int i, Prose prose, int dialect) {
        StringBuilder md = new StringBuilder();
        if (dialect != 1) {
            md.append(":::").append(ADMONITIONS[i % ADMONITIONS.length]).append('[')
                    .append(capitalised(prose.pick(TOPICS))).append(" na prática]\n\n")
                    .append(prose.paragraph(2)).append("\n\n")
                    .append("<img src=\"https://example.org/figura-").append(i % 50)
                    .append(".png\" alt=\"Figura\" style={{ display: 'block', marginLeft: 'auto', maxHeight: '40vh', "
                            + "marginRight: 'auto' }}/>\n\n:::\n\n");
        }
        if (dialect != 0) {
            md.append("> [!").append(CALLOUTS[i % CALLOUTS.length]).append("] ")
                    .append(capitalised(prose.pick(OBJECTS))).append("\n> ").append(prose.sentence()).append("\n> ")
                    .append(prose.sentence()).append("\n\n");
            md.append("%%nota do autor: ").append(prose.sentence()).append("%%\n\n");
        }
        return md.toString();
    }

    private static String mermaid(int i) {
        return "```mermaid\ngraph LR\n    A[\"Requisição " + i + "\"] --> B[\"Loop de eventos\"]\n"
                + "    B --> C{\"Pronta?\"}\n    C -->|sim| D[\"Executa a corrotina\"]\n"
                + "    C -->|não| E[\"Aguarda I/O\"]\n    E --> B\n```\n";
    }

    private static String links(int i, Prose prose, int dialect) {
        StringBuilder md = new StringBuilder();
        md.append("Veja também a [documentação do asyncio](https://docs.python.org/3/library/asyncio.html)");
        if (i % LESSONS_PER_MODULE > 0) {
            md.append(" e a [lição anterior](").append(fileName(i - 1)).append(')');
        }
        md.append(". ").append(prose.sentence());
        if (i >= 37 && dialect != 0) {
            md.append(" Revise [[").append(stem(i - 37)).append("|a lição ").append(i - 36).append("]].");
        } else if (i >= 37) {
            int target = i - 37;
            md.append(" Revise a [lição ").append(target + 1).append("](/")
                    .append(moduleDir(target / LESSONS_PER_MODULE)).append('/').append(fileName(target)).append(").");
        }
        return md.append("\n").toString();
    }

    private static String image(int i, int dialect) {
        String name = image(i % IMAGES);
        if (dialect == 1) {
            return "![[" + name + "]]\n";
        }
        return "<div style={{ textAlign: 'center', marginBottom: '24px' }}>\n\n![Diagrama " + (i % IMAGES + 1)
                + "](../../attachments/" + name + ")\n\n</div>\n";
    }

    private static String code(String lang, Random random) {
        StringBuilder code = new StringBuilder("```").append(lang).append('\n');
        switch (lang) {
            case "python" -> {
                code.append("import asyncio\n\n\nasync def buscar_dados(cliente, url: str) -> dict:\n")
                        .append("    \"\"\"Busca os dados sem bloquear o loop de eventos.\"\"\"\n")
                        .append("    resposta = await cliente.get(url, timeout=").append(1 + random.nextInt(9))
                        .append(")\n    return resposta.json()\n\n\nasync def main():\n")
                        .append("    tarefas = [asyncio.create_task(buscar_dados(None, f'/itens/{i}')) for i in range(")
                        .append(2 + random.nextInt(20)).append(")]\n")
                        .append("    resultados = await asyncio.gather(*tarefas, return_exceptions=True)\n")
                        .append("    print(f'{len(resultados)} respostas')\n\n\nif __name__ == \"__main__\":\n")
                        .append("    asyncio.run(main())\n");
            }
            case "java" -> {
                code.append("var tarefas = IntStream.range(0, ").append(2 + random.nextInt(20))
                        .append(")\n        .mapToObj(i -> CompletableFuture.supplyAsync(() -> buscar(\"/itens/\" + i)))\n")
                        .append("        .toList();\nCompletableFuture.allOf(tarefas.toArray(CompletableFuture[]::new)).join();\n")
                        .append("System.out.println(tarefas.size() + \" respostas\");\n");
            }
            default -> code.append("uvicorn main:app --reload --workers ").append(1 + random.nextInt(8))
                    .append("\ncurl -s http://127.0.0.1:8000/itens/").append(random.nextInt(100))
                    .append(" | python -m json.tool\n");
        }
        return code.append("```\n").toString();
    }

    /** A Marp deck: slides, a theme, notes, a Mermaid div, code and columns. */
    String deck(int i) {
        Random random = new Random(i * 104729L + 3);
        Prose prose = new Prose(random);
        String[] themes = {"default", "gaia", "uncover", "rose-pine"};
        StringBuilder md = new StringBuilder(12_000);
        md.append("---\nmarp: true\ntheme: ").append(themes[(i / LESSONS_PER_MODULE) % themes.length])
                .append("\npaginate: true\ntitle: \"").append(title(i)).append("\"\n---\n\n# ").append(title(i))
                .append("\n\n> ").append(prose.sentence()).append("\n\n");
        int target = 8_000 + random.nextInt(5_000);
        int slide = 0;
        while (md.length() < target) {
            slide++;
            md.append("---\n\n## ").append(capitalised(prose.pick(TOPICS))).append(' ').append(slide).append("\n\n");
            if (slide % 4 == 1) {
                for (int k = 0; k < 4; k++) {
                    md.append("- ").append(prose.sentence()).append('\n');
                }
            } else if (slide % 4 == 2) {
                md.append(code("python", random));
            } else if (slide == 3) {
                md.append("<div class=\"mermaid\">\ngraph LR\n    A[\"Cliente\"] --> B[\"Servidor\"]\n"
                        + "    B --> C[\"Banco de dados\"]\n</div>\n");
            } else {
                md.append(prose.paragraph(2));
                md.append("\n");
            }
            md.append("\n<!-- ").append(prose.sentence()).append(" -->\n\n");
        }
        return md.toString();
    }

    static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Portuguese sentences from a seeded random source. */
    static final class Prose {
        private final Random random;

        Prose(Random random) {
            this.random = random;
        }

        String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        String sentence() {
            String start = pick(CONNECTIVES);
            String subject = pick(SUBJECTS);
            String s = start.isBlank() ? capitalised(subject) : start + subject;
            s += " " + pick(VERBS) + " " + pick(OBJECTS);
            if (random.nextInt(3) > 0) {
                s += " " + pick(COMPLEMENTS);
            }
            if (random.nextInt(6) == 0) {
                s += ", usando `" + pick(new String[] {"await", "async def", "asyncio.gather()", "loop.run_in_executor()",
                        "asyncio.Queue", "create_task"}) + "`";
            }
            if (random.nextInt(4) == 0) {
                s += " (veja `" + identifier() + "`)";
            }
            if (random.nextInt(8) == 0) {
                s += " — " + pick(OBJECTS) + " *" + pick(COMPLEMENTS) + "*";
            }
            return s + (random.nextInt(10) == 0 ? "?" : ".");
        }

        /** A made-up identifier, so the vocabulary (and the search index's dictionary) grows like a real course's. */
        String identifier() {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int k = 0; k < syllables; k++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return random.nextBoolean() ? word + "_" + pick(SYLLABLES) + random.nextInt(100) : word.toString();
        }

        String paragraph(int sentences) {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < sentences; k++) {
                String sentence = sentence();
                if (k == 1 && random.nextInt(4) == 0) {
                    sentence = sentence.replaceFirst(" (\\S+) ", " **$1** ");
                }
                parts.add(sentence);
            }
            return String.join(" ", parts);
        }
    }

    /**
     * The Hugo side of the benchmark: a minimal theme that does what Lousa's pages do (sidebar with the current
     * module open, breadcrumbs, TOC, prev/next, a JSON search index, relative URLs, Mermaid only where used) and
     * the lesson text converted to what Hugo understands. Benchmark tooling, not product.
     */
    static final class HugoSite {

        private static final java.util.regex.Pattern ADMONITION_OPEN =
                java.util.regex.Pattern.compile("(?m)^:::(\\w+)(?:\\[([^\\]]*)\\])?[ \\t]*$");
        private static final java.util.regex.Pattern ADMONITION_CLOSE = java.util.regex.Pattern.compile("(?m)^:::[ \\t]*$");
        private static final java.util.regex.Pattern CALLOUT =
                java.util.regex.Pattern.compile("(?m)^> \\[!(\\w+)\\][+-]? ?(.*)\\n((?:>.*\\n)*)");
        private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("%%.*?%%", java.util.regex.Pattern.DOTALL);
        private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("==([^=\\n]+)==");
        private static final java.util.regex.Pattern JSX_STYLE = java.util.regex.Pattern.compile("style=\\{\\{(.*?)\\}\\}");
        private static final java.util.regex.Pattern EMBED = java.util.regex.Pattern.compile("!\\[\\[([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]");
        private static final java.util.regex.Pattern WIKILINK = java.util.regex.Pattern.compile("\\[\\[([^\\]|#]+)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?\\]\\]");
        private static final java.util.regex.Pattern MD_LINK = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+\\.md)\\)");
        private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("\\]\\((?:\\.\\./)+attachments/");

        static String convert(String markdown, String title, int weight) {
            String body = markdown;
            if (body.startsWith("---\n")) {
                int end = body.indexOf("\n---\n", 4);
                body = body.substring(end + 5);
            }
            body = replace(ADMONITION_OPEN, body, m -> "{{% admonition " + m.group(1) + " \""
                    + (m.group(2) == null ? m.group(1) : m.group(2)) + "\" %}}");
            body = ADMONITION_CLOSE.matcher(body).replaceAll("{{% /admonition %}}");
            body = replace(CALLOUT, body, m -> "{{% admonition " + m.group(1) + " \"" + m.group(2) + "\" %}}\n"
                    + m.group(3).replaceAll("(?m)^> ?", "") + "{{% /admonition %}}\n");
            body = COMMENT.matcher(body).replaceAll("");
            body = MARK.matcher(body).replaceAll("<mark>$1</mark>");
            body = replace(JSX_STYLE, body, m -> "style=\"" + css(m.group(1)) + "\"");
            body = EMBED.matcher(body).replaceAll("![$1](/attachments/$1)");
            body = replace(WIKILINK, body, m -> "[" + (m.group(2) == null ? m.group(1) : m.group(2))
                    + "]({{< relref \"" + m.group(1) + ".md\" >}})");
            body = MD_LINK.matcher(body).replaceAll("]({{< relref \"$1\" >}})");
            body = ATTACHMENT.matcher(body).replaceAll("](/attachments/");
            return "---\ntitle: \"" + title + "\"\nweight: " + weight + "\n---\n" + body;
        }

        private static String replace(java.util.regex.Pattern pattern, String text,
                                      java.util.function.Function<java.util.regex.MatchResult, String> f) {
            return pattern.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(f.apply(m)));
        }

        /** {@code display: 'block', marginLeft: 'auto'} → {@code display: block; margin-left: auto}. */
        private static String css(String jsx) {
            StringBuilder out = new StringBuilder();
            for (String pair : jsx.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = pair.substring(0, colon).strip().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
                String value = pair.substring(colon + 1).strip().replace("'", "");
                out.append(out.length() == 0 ? "" : "; ").append(key).append(": ").append(value);
            }
            return out.toString();
        }

        static void writeSkeleton(Path hugo, int count) {
            write(hugo.resolve("config.toml"), """
                    baseURL = "/"
                    languageCode = "pt-br"
                    title = "Curso sintético (%d lições)"
                    relativeURLs = true
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                    enableRobotsTXT = false
                    [outputs]
                      home = ["HTML", "JSON"]
                    [markup.goldmark.renderer]
                      unsafe = true
                    [markup.highlight]
                      codeFences = false
                    [markup.tableOfContents]
                      startLevel = 2
                      endLevel = 3
                    """.formatted(count));
            write(hugo.resolve("static/style.css"), "body{font-family:system-ui;margin:0}.sidebar{width:18rem}\n");
            write(hugo.resolve("layouts/_default/baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="pt-BR">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
                    <link rel="stylesheet" href="/style.css">
                    {{ if in .Content "<code class=\\"language-" }}<script defer src="/highlight.js"></script>{{ end }}
                    {{ if in .Content "class=\\"mermaid\\"" }}<script defer src="/mermaid.js"></script>{{ end }}
                    </head>
                    <body>
                    <header><a href="/">{{ .Site.Title }}</a></header>
                    <div class="layout">
                    {{ if .IsPage }}{{ partial "sidebar.html" . }}{{ end }}
                    <main>{{ block "main" . }}{{ end }}</main>
                    </div>
                    </body>
                    </html>
                    """);
            write(hugo.resolve("layouts/partials/sidebar.html"), """
                    {{ $cur := . }}
                    <nav class="sidebar"><ul>
                    {{ range .Site.Home.Sections }}
                    {{ if $cur.IsDescendant . }}
                    <li><details open><summary>{{ .Title }}</summary><ul>
                    {{ range .Sections }}
                    {{ if $cur.IsDescendant . }}
                    <li><details open><summary>{{ .Title }}</summary><ul>
                    {{ range .Pages }}<li><a href="{{ .RelPermalink }}"{{ if eq . $cur }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
                    {{ end }}</ul></details></li>
                    {{ else }}
                    <li><a href="{{ (index .Pages 0).RelPermalink }}">{{ .Title }}</a></li>
                    {{ end }}
                    {{ end }}
                    </ul></details></li>
                    {{ else }}
                    <li><a href="{{ (index .Pages 0).RelPermalink }}">{{ .Title }}</a></li>
                    {{ end }}
                    {{ end }}
                    </ul></nav>
                    """);
            write(hugo.resolve("layouts/_default/single.html"), """
                    {{ define "main" }}
                    <article>
                    <nav class="breadcrumbs"><a href="/">{{ .Site.Title }}</a>{{ with .Parent }}{{ with .Parent }} / <span>{{ .Title }}</span>{{ end }} / <span>{{ .Title }}</span>{{ end }}</nav>
                    <h1>{{ .Title }}</h1>
                    <details class="toc-inline"><summary>Nesta página</summary>{{ .TableOfContents }}</details>
                    <div class="prose">{{ .Content }}</div>
                    <nav class="pager">
                    {{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }}
                    {{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}
                    </nav>
                    </article>
                    <aside class="toc-aside">{{ .TableOfContents }}</aside>
                    {{ end }}
                    """);
            write(hugo.resolve("layouts/_default/list.html"), """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                    {{ end }}
                    """);
            write(hugo.resolve("layouts/index.html"), """
                    {{ define "main" }}
                    <h1>{{ .Site.Title }}</h1>
                    {{ range .Site.Home.Sections }}<h2>{{ .Title }}</h2>
                    {{ range .Sections }}<h3>{{ .Title }}</h3><ol>
                    {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                    {{ end }}</ol>{{ end }}{{ end }}
                    {{ end }}
                    """);
            write(hugo.resolve("layouts/index.json"), """
                    [{{ range $i, $p := .Site.RegularPages }}{{ if $i }},
                    {{ end }}{{ dict "t" .Title "u" .RelPermalink "c" .Plain | jsonify }}{{ end }}]
                    """);
            write(hugo.resolve("layouts/shortcodes/admonition.html"), """
                    <aside class="admonition admonition-{{ .Get 0 }}"><p class="admonition-title">{{ .Get 1 }}</p>
                    {{ .Inner }}
                    </aside>
                    """);
            write(hugo.resolve("layouts/_default/_markup/render-codeblock-mermaid.html"), """
                    <div class="mermaid">{{ .Inner | htmlEscape | safeHTML }}</div>
                    """);
        }
    }
}
