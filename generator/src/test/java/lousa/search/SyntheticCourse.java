package lousa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large made-up course for size and speed checks: lessons of Portuguese-like prose (a real vocabulary drawn
 * with a Zipf-like skew, plus tens of thousands of rare made-up words, so the term dictionary grows as a real
 * course's does) and code blocks of snake_case and camelCase identifiers. Same seed, same course. Each
 * lesson has a top paragraph and {@value #SECTIONS_PER_LESSON} sections (h2, with every third an h3).
 */
public final class SyntheticCourse {

    public static final int SECTIONS_PER_LESSON = 9;

    private static final String[] COMMON = ("programação assíncrona síncrono síncrona sistema sistemas tarefa tarefas "
            + "corrotina corrotinas função funções evento eventos loop servidor servidores requisição requisições "
            + "resposta respostas bloqueio bloqueante thread threads processo processos fila filas execução "
            + "concorrência paralelismo aplicação aplicações banco dados arquivo arquivos rede conexão conexões "
            + "cliente clientes chamada chamadas resultado resultados exemplo exemplos código biblioteca módulo "
            + "operação operações tempo espera memória desempenho latência escalabilidade teste testes erro erros "
            + "exceção exceções valor valores lista listas objeto objetos classe classes método métodos variável "
            + "simples rápido rápida lento lenta grande pequeno novo nova primeiro segundo cada outro outra mesmo "
            + "executar executa executando esperar espera aguardar retorna retornar criar cria criamos usar usamos "
            + "precisamos podemos vamos sempre também quando enquanto porque então depois antes durante apenas "
            + "muito mais menos bem melhor pior ainda agora aqui assim onde como quanto").split(" ");
    private static final String[] GLUE = "de a o que e do da em um para com não uma os no se na por mais as dos"
            .split(" ");
    private static final String[] CODE = ("create task gather wait run loop event async await future completable "
            + "all of any result get set value list map http client server request response handle executor pool "
            + "thread sleep time data file read write open close send receive queue put item count total fetch")
            .split(" ");
    private static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi "
            + "go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta "
            + "te ti to tu va ve vi vo vu za ze zi zo zu ção são lho nha tra pro cre gra").split(" ");
    private static final int RARE_WORDS = 60_000;

    private SyntheticCourse() {
    }

    /** Lessons as rendered pages, for the index alone. */
    public static List<SearchPage> pages(int count) {
        List<SearchPage> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Lesson lesson = lesson(i);
            StringBuilder html = new StringBuilder("<p>").append(lesson.intro).append("</p>");
            for (int s = 0; s < lesson.headings.size(); s++) {
                String tag = s % 3 == 2 ? "h3" : "h2";
                html.append('<').append(tag).append(" id=\"secao-").append(s + 1).append("\">")
                        .append(lesson.headings.get(s)).append("</").append(tag).append('>');
                for (String paragraph : lesson.paragraphs.get(s)) {
                    html.append("<p>").append(paragraph).append("</p>");
                }
                if (lesson.code.get(s) != null) {
                    html.append("<pre><code class=\"language-python\">").append(lesson.code.get(s))
                            .append("</code></pre>");
                }
            }
            pages.add(new SearchPage("modulo-" + (i / 100) + "/licao-" + i + ".html", lesson.title, html.toString()));
        }
        return pages;
    }

    /** The same lesson as a Markdown file for a full build. */
    public static String markdown(int i) {
        Lesson lesson = lesson(i);
        StringBuilder md = new StringBuilder("# ").append(lesson.title).append("\n\n").append(lesson.intro)
                .append("\n");
        for (int s = 0; s < lesson.headings.size(); s++) {
            md.append('\n').append(s % 3 == 2 ? "### " : "## ").append(lesson.headings.get(s)).append("\n");
            for (String paragraph : lesson.paragraphs.get(s)) {
                md.append('\n').append(paragraph).append('\n');
            }
            if (lesson.code.get(s) != null) {
                md.append("\n```python\n").append(lesson.code.get(s)).append("\n```\n");
            }
        }
        return md.toString();
    }

    private record Lesson(String title, String intro, List<String> headings, List<List<String>> paragraphs,
                          List<String> code) {
    }

    private static Lesson lesson(int i) {
        Random random = new Random(1000L + i);
        String title = capitalise(sentence(random, 3 + random.nextInt(3))) + " " + (i + 1);
        String intro = paragraph(random);
        List<String> headings = new ArrayList<>();
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> code = new ArrayList<>();
        for (int s = 0; s < SECTIONS_PER_LESSON; s++) {
            headings.add((s + 1) + ". " + capitalise(sentence(random, 2 + random.nextInt(4))));
            List<String> ps = new ArrayList<>();
            for (int p = 0, n = 2 + random.nextInt(3); p < n; p++) {
                ps.add(paragraph(random));
            }
            paragraphs.add(ps);
            code.add(random.nextInt(3) == 0 ? code(random) : null);
        }
        return new Lesson(title, intro, headings, paragraphs, code);
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
            p.append(capitalise(sentence(random, 8 + random.nextInt(12)))).append(". ");
        }
        return p.toString().strip();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            int roll = random.nextInt(100);
            if (roll < 35) {
                s.append(GLUE[zipf(random, GLUE.length)]);
            } else if (roll < 85) {
                s.append(COMMON[zipf(random, COMMON.length)]);
            } else if (roll < 90) {
                s.append('`').append(identifier(random)).append('`');
            } else {
                s.append(rare(zipf(random, RARE_WORDS)));
            }
        }
        return s.toString();
    }

    private static String code(Random random) {
        StringBuilder code = new StringBuilder();
        for (int line = 0, n = 3 + random.nextInt(6); line < n; line++) {
            code.append(random.nextBoolean() ? "    " : "").append(identifier(random)).append(" = await ")
                    .append(identifier(random)).append('(').append(identifier(random)).append(")\n");
        }
        return code.toString().strip();
    }

    private static String identifier(Random random) {
        String a = CODE[random.nextInt(CODE.length)];
        String b = CODE[random.nextInt(CODE.length)];
        return switch (random.nextInt(3)) {
            case 0 -> a + "_" + b;
            case 1 -> a + capitalise(b);
            default -> "asyncio." + a + "_" + b;
        };
    }

    /** A made-up word, the same for the same number. */
    private static String rare(int n) {
        StringBuilder word = new StringBuilder();
        int x = n + 7;
        do {
            word.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        return word.append(SYLLABLES[n % 11]).toString();
    }

    /** 0..n-1, small numbers much more often (rank r with probability about 1/r). */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
