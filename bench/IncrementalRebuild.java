import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.diag.Diagnostics;
import lousa.load.ContentInventory;
import lousa.load.ContentScanner;
import lousa.load.CourseConfigReader;
import lousa.load.SourceFile;
import lousa.load.SourceReader;
import lousa.parse.LessonParser;
import lousa.parse.MarkdownParser;
import lousa.parse.ParsedLesson;
import lousa.render.LessonRenderer;
import lousa.render.LinkContext;
import lousa.render.LinkTargets;
import lousa.render.RenderedLesson;
import lousa.render.UiText;
import lousa.site.AssetUrls;
import lousa.site.CourseOutline;
import lousa.site.CoursePlanner;
import lousa.site.Lesson;
import lousa.site.PageFactory;
import lousa.site.Theme;

/**
 * Save → rebuilt page, in process, while {@code lousa serve} does not exist yet: a warm JVM that has built the
 * course once and kept its plan re-reads one edited lesson, parses it, renders it against the course, lays out its
 * page and writes it. Its title does not change, so no other page changes. Prints the median of the runs.
 *
 * <pre>java -cp generator/target/lousa.jar bench/IncrementalRebuild.java CONTENT_DIR [RUNS]</pre>
 */
public final class IncrementalRebuild {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path site = Files.createTempDirectory("lousa-incremental-");
        Path out = site.resolve("site");
        new Build().run(new BuildOptions(content, out, false, null, true)); // warm-up, and the site to update

        // What a serving process keeps between saves: the parser, the plan, the renderer, the theme.
        MarkdownParser markdown = new MarkdownParser();
        Diagnostics diagnostics = new Diagnostics();
        ContentInventory inventory = new ContentScanner().scan(content);
        SourceReader reader = new SourceReader();
        LessonParser parser = new LessonParser(markdown);
        List<ParsedLesson> parsed = new ArrayList<>();
        for (Path file : inventory.lessons()) {
            String text = reader.read(file, diagnostics.forFile(file.toString())).orElseThrow();
            parsed.add(parser.parse(new SourceFile(file, inventory.relative(file), file.toString(), text),
                    diagnostics.forFile(file.toString())));
        }
        CourseOutline outline = new CoursePlanner().plan(
                new CourseConfigReader().read(content, diagnostics.forFile("course.yml")), parsed, diagnostics);
        LinkTargets targets = new LinkTargets(outline, inventory.attachments(), inventory.root());
        LessonRenderer renderer = new LessonRenderer(markdown, UiText.load(outline.config().language()));
        Theme theme = Theme.builtIn();
        AssetUrls assets = theme.writeAssets(out);
        PageFactory pages = new PageFactory(outline);

        Lesson edited = outline.lessons().stream().filter(l -> !l.parsed().isDeck())
                .skip(outline.lessons().size() / 2).findFirst().orElseThrow();
        Path file = edited.parsed().source().path();
        String original = Files.readString(file);
        double[] millis = new double[runs];
        try {
            for (int run = 0; run < runs + 5; run++) {
                Files.writeString(file, original + "\nParágrafo salvo na edição " + run + ".\n");
                long start = System.nanoTime();
                String text = reader.read(file, diagnostics.forFile(edited.displayPath())).orElseThrow();
                SourceFile source = new SourceFile(file, edited.parsed().source().relative(), edited.displayPath(), text);
                ParsedLesson again = parser.parse(source, diagnostics.forFile(edited.displayPath()));
                Lesson lesson = new Lesson(again, edited.key(), edited.title(), edited.sections());
                LinkContext links = new LinkContext(lesson, lesson.path(), targets,
                        diagnostics.forFile(edited.displayPath()), Collections.synchronizedSet(new TreeSet<>()));
                RenderedLesson body = renderer.render(again.document(), lesson.title(), links, again.headings());
                // Same place in the course: the planned lesson gives the sidebar and prev/next.
                String page = theme.renderPage(pages.lesson(edited, body), assets);
                Files.writeString(out.resolve(lesson.path()), page);
                if (run >= 5) {
                    millis[run - 5] = (System.nanoTime() - start) / 1e6;
                }
            }
        } finally {
            Files.writeString(file, original);
            try (var paths = Files.walk(site)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "incremental rebuild of %s (%d lessons): median %.1f ms, min %.1f, max %.1f"
                        + " over %d saves%n", edited.path(), outline.lessons().size(), millis[runs / 2], millis[0],
                millis[runs - 1], runs);
    }
}
