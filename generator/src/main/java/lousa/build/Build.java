package lousa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import lousa.deck.Deck;
import lousa.deck.DeckAssetUrls;
import lousa.deck.DeckAssets;
import lousa.deck.DeckPage;
import lousa.deck.DeckPageContext;
import lousa.diag.Diagnostics;
import lousa.diag.Reporter;
import lousa.diag.Severity;
import lousa.labs.LabSupport;
import lousa.load.ContentInventory;
import lousa.load.ContentScanner;
import lousa.load.CourseConfig;
import lousa.load.CourseConfigReader;
import lousa.load.SourceFile;
import lousa.load.SourceReader;
import lousa.parse.DocumentKeys;
import lousa.parse.LessonParser;
import lousa.parse.MarkdownParser;
import lousa.parse.ParsedLesson;
import lousa.render.DeckRendering;
import lousa.render.LessonRenderer;
import lousa.render.LinkContext;
import lousa.render.LinkTargets;
import lousa.render.MediaFiles;
import lousa.render.RenderedLesson;
import lousa.render.SitePaths;
import lousa.render.UiText;
import lousa.search.SearchIndexFile;
import lousa.search.SearchPage;
import lousa.site.AssetUrls;
import lousa.site.CourseOutline;
import lousa.site.CoursePlanner;
import lousa.site.LabPages;
import lousa.site.Lesson;
import lousa.site.PageFactory;
import lousa.site.SiteMeta;
import lousa.site.SitemapWriter;
import lousa.site.SocialImages;
import lousa.site.Theme;
import lousa.write.StagedSite;
import org.jsoup.nodes.Entities;

/**
 * Builds the course site. The parser, renderer and theme are made once and reused for every lesson and every
 * build (they are thread-safe); lessons are read, parsed and rendered in parallel. A lesson whose text has not
 * changed since this instance's previous run is not parsed again ({@code serve} rebuilds with one warm instance).
 */
public final class Build {

    /** Puts a finished staging folder in place; {@link StagedSite#commit} for {@code build}. */
    @FunctionalInterface
    public interface Commit {
        void commit(StagedSite site) throws IOException;
    }

    private final MarkdownParser markdown = new MarkdownParser();
    private final Theme theme = Theme.builtIn();
    private final Map<Path, CachedParse> parseCache = new ConcurrentHashMap<>();
    private volatile List<ParsedLesson> lastParsed = List.of();

    public BuildResult run(BuildOptions options) throws IOException {
        return run(options, StagedSite::commit);
    }

    /** The lessons parsed by the last run, for tools that read their ASTs after a build ({@code check --external}). */
    public List<ParsedLesson> parsedLessons() {
        return lastParsed;
    }

    /** Like {@link #run(BuildOptions)}, with the finished site put in place by {@code commit}. */
    public BuildResult run(BuildOptions options, Commit commit) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();

        // 1. load content
        CourseConfig config = new CourseConfigReader()
                .read(options.content(), diagnostics.forFile(display(options.content().resolve(CourseConfig.FILE_NAME))));
        ContentInventory inventory = new ContentScanner().scan(options.content());
        List<SourceFile> sources = read(inventory, diagnostics);

        // 2–3. normalise dialects and parse
        LessonParser parser = new LessonParser(markdown);
        List<ParsedLesson> parsed = sources.parallelStream()
                .map(source -> parse(parser, source, diagnostics.forFile(source.displayPath())))
                .toList();
        parseCache.keySet().retainAll(sources.stream().map(SourceFile::path).collect(java.util.stream.Collectors.toSet()));
        lastParsed = parsed;

        // 4. place lessons in the course, then render them with links resolved against it
        CourseOutline outline = new CoursePlanner().plan(config, parsed, diagnostics);
        LabSupport labs = LabSupport.load(options.labsDir(), options.labs() != null, outline, diagnostics,
                Build::display);
        UiText text = UiText.load(config.language());
        LessonRenderer renderer = new LessonRenderer(markdown, text);
        LinkTargets targets = new LinkTargets(outline, inventory.attachments(), inventory.root());
        DeckRendering deckRendering = new DeckRendering(renderer, inventory.attachments());
        Map<Lesson, RenderedLesson> rendered = new ConcurrentHashMap<>();
        Map<Lesson, Deck> decks = new ConcurrentHashMap<>();
        outline.lessons().parallelStream().forEach(lesson -> {
            Reporter reporter = diagnostics.forFile(lesson.displayPath());
            // A deck's presentation page sits beside its lesson page, so one set of relative links serves both.
            LinkContext links = new LinkContext(lesson, lesson.path(), targets, reporter,
                    Collections.synchronizedSet(new TreeSet<>()));
            if (lesson.parsed().isDeck()) {
                DeckRendering.Result deck = renderDeck(deckRendering, lesson, links);
                decks.put(lesson, deck.deck());
                rendered.put(lesson, labs.decorate(lesson, deck.handout()));
            } else {
                rendered.put(lesson, labs.decorate(lesson, renderer.render(lesson.parsed().document(),
                        lesson.title(), links, lesson.parsed().headings())));
            }
        });

        boolean failed = diagnostics.failed(options.strict());
        if (!options.write() || failed) {
            return new BuildResult(outline.lessons().size(), diagnostics, elapsed(start), failed, false,
                    labs.report(), 0);
        }

        // 5–6. assemble pages and write them aside, then swap the finished site in
        int pages;
        long searchIndexBytes;
        try (StagedSite site = StagedSite.begin(options.out())) {
            pages = assemble(outline, rendered, decks, inventory, options, text, site, labs);
            searchIndexBytes = SearchIndexFile.write(site, outline.lessons().stream()
                    .map(lesson -> new SearchPage(lesson.path(), lesson.title(), rendered.get(lesson).html())).toList());
            commit.commit(site);
        }
        return new BuildResult(pages, diagnostics, elapsed(start), false, true, labs.report(), searchIndexBytes);
    }

    /**
     * Parses a lesson, or reuses the AST of the previous run when the file's text is the same: its parse messages
     * are reported again, and render-time messages go to this run's reporter.
     */
    private ParsedLesson parse(LessonParser parser, SourceFile source, Reporter reporter) {
        CachedParse cached = parseCache.get(source.path());
        if (cached != null && cached.source().equals(source)) {
            cached.messages().forEach(m -> reporter.report(m.severity(), m.line(), m.message(), m.hint()));
            cached.lesson().document().set(DocumentKeys.REPORTER, reporter);
            return cached.lesson();
        }
        List<ParseMessage> messages = Collections.synchronizedList(new ArrayList<>());
        ParsedLesson lesson = parser.parse(source, (severity, line, message, hint) -> {
            messages.add(new ParseMessage(severity, line, message, hint));
            reporter.report(severity, line, message, hint);
        });
        lesson.document().set(DocumentKeys.REPORTER, reporter); // render-time messages are not parse messages
        parseCache.put(source.path(), new CachedParse(source, lesson, List.copyOf(messages)));
        return lesson;
    }

    private record ParseMessage(Severity severity, int line, String message, String hint) {
    }

    private record CachedParse(SourceFile source, ParsedLesson lesson, List<ParseMessage> messages) {
    }

    private static DeckRendering.Result renderDeck(DeckRendering rendering, Lesson lesson, LinkContext links) {
        try {
            return rendering.render(lesson, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int assemble(CourseOutline outline, Map<Lesson, RenderedLesson> rendered, Map<Lesson, Deck> decks,
                         ContentInventory inventory, BuildOptions options, UiText text, StagedSite site,
                         LabSupport labs) throws IOException {
        AssetUrls assets = theme.writeAssets(site.root());
        DeckAssetUrls deckAssets = decks.isEmpty() ? null : DeckAssets.write(site.root(), assets);
        PageFactory pages = new PageFactory(outline);
        SiteMeta meta = SocialImages.write(site, options.baseUrl(), outline);
        List<String> written = new ArrayList<>();
        Set<String> media = new TreeSet<>();
        for (Lesson lesson : outline.lessons()) {
            RenderedLesson body = rendered.get(lesson);
            site.write(lesson.path(), theme.renderPage(pages.lesson(lesson, body), assets, meta));
            written.add(lesson.path());
            media.addAll(body.media());
            Deck deck = decks.get(lesson);
            if (deck != null) {
                String back = lesson.path().substring(lesson.path().lastIndexOf('/') + 1);
                site.write(lesson.presentationPath(), DeckPage.render(deck, new DeckPageContext(
                        outline.config().title(), lesson.title(), outline.config().language(),
                        SitePaths.root(lesson.path()), back, deckAssets,
                        theme.metaTags(pages.presentation(lesson, body), assets, meta))));
                written.add(lesson.presentationPath());
            }
        }
        site.write("index.html", theme.renderPage(pages.home(homeIntro(labs, text)), assets, meta));
        written.add(0, "index.html");
        written.addAll(new LabPages(outline, labs).write(site, theme, assets, meta));
        site.write("404.html", theme.renderPage(pages.notFound(text.get("not_found_title"), ""), assets, meta));
        for (String file : media) {
            site.copy(inventory.attachments().file(file), MediaFiles.sitePath(file));
        }
        site.write(".nojekyll", "");
        if (meta.hasBaseUrl()) {
            SitemapWriter.write(site, meta, written);
        }
        return written.size() + 1; // with 404.html
    }

    /** The home page points to the Python → Java map when the course has labs. */
    private static String homeIntro(LabSupport labs, UiText text) {
        if (!labs.active()) {
            return "";
        }
        return "<p>" + Entities.escape(text.get("home_labs")) + " <a href=\"" + LabSupport.CONSTRUCTS_PAGE + "\">"
                + Entities.escape(text.get("home_labs_link")) + "</a> " + Entities.escape(text.get("home_labs_after"))
                + "</p>";
    }

    private static List<SourceFile> read(ContentInventory inventory, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader();
        return inventory.lessons().parallelStream()
                .flatMap(path -> {
                    String display = display(path);
                    return reader.read(path, diagnostics.forFile(display))
                            .map(text -> new SourceFile(path, inventory.relative(path), display, text)).stream();
                })
                .toList();
    }

    /** Paths in messages are relative to where the user runs the command, like a compiler's. */
    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
