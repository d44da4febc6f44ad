package lousa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import lousa.deck.Deck;
import lousa.deck.DeckAssetUrls;
import lousa.deck.DeckAssets;
import lousa.deck.DeckPage;
import lousa.deck.DeckPageContext;
import lousa.diag.Diagnostics;
import lousa.diag.Reporter;
import lousa.labs.LabSupport;
import lousa.load.ContentInventory;
import lousa.load.ContentScanner;
import lousa.load.CourseConfig;
import lousa.load.CourseConfigReader;
import lousa.load.SourceFile;
import lousa.load.SourceReader;
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
import lousa.search.SearchIndex;
import lousa.search.SearchIndexFile;
import lousa.search.SearchPage;
import lousa.site.AssetUrls;
import lousa.site.CourseOutline;
import lousa.site.CoursePlanner;
import lousa.site.LabPages;
import lousa.site.Lesson;
import lousa.site.PageFactory;
import lousa.site.SitemapWriter;
import lousa.site.Theme;
import lousa.write.StagedSite;

/**
 * Builds the course site. The parser, renderer and theme are made once and reused for every lesson and every
 * build (they are thread-safe); lessons are read, parsed, rendered and written in parallel.
 */
public final class Build {

    private final MarkdownParser markdown = new MarkdownParser();
    private final Theme theme = Theme.builtIn();

    public BuildResult run(BuildOptions options) throws IOException {
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
                .map(source -> parser.parse(source, diagnostics.forFile(source.displayPath())))
                .toList();

        // 4. place lessons in the course, then render them with links resolved against it
        CourseOutline outline = new CoursePlanner().plan(config, parsed, diagnostics);
        LabSupport labs = LabSupport.load(options.labsDir(), options.labs() != null, outline, diagnostics,
                Build::display);
        UiText text = UiText.load(config.language());
        LessonRenderer renderer = new LessonRenderer(markdown, text);
        LinkTargets targets = new LinkTargets(outline, inventory.attachments(), inventory.root());
        DeckRendering deckRendering = new DeckRendering(renderer, inventory.attachments());
        // 4–6. render each lesson and, when writing, put its page in the staging folder at once (in parallel); what
        // the search index needs is taken from the body as it goes, and the lesson's AST is released, so memory
        // holds only the planned course, never every body. The staging folder is discarded unless all went well.
        List<Lesson> lessons = outline.lessons();
        boolean write = options.write();
        try (StagedSite site = write ? StagedSite.begin(options.out()) : null) {
            AssetUrls assets = write ? theme.writeAssets(site.root()) : null;
            boolean anyDeck = lessons.stream().anyMatch(lesson -> lesson.parsed().isDeck());
            DeckAssetUrls deckAssets = write && anyDeck ? DeckAssets.write(site.root(), assets) : null;
            PageFactory pages = new PageFactory(outline);
            SearchIndex.Collector search = new SearchIndex.Collector(lessons.size());
            Set<String> media = ConcurrentHashMap.newKeySet();
            IntStream.range(0, lessons.size()).parallel().forEach(i -> {
                Lesson lesson = lessons.get(i);
                Reporter reporter = diagnostics.forFile(lesson.displayPath());
                // A deck's presentation page sits beside its lesson page, so one set of relative links serves both.
                LinkContext links = new LinkContext(lesson, lesson.path(), targets, reporter,
                        Collections.synchronizedSet(new TreeSet<>()));
                Deck deck = null;
                RenderedLesson body;
                if (lesson.parsed().isDeck()) {
                    DeckRendering.Result result = renderDeck(deckRendering, lesson, links);
                    deck = result.deck();
                    body = labs.decorate(lesson, result.handout());
                } else {
                    body = labs.decorate(lesson, renderer.render(lesson.parsed().document(), lesson.title(), links,
                            lesson.parsed().headings()));
                }
                lesson.parsed().document().removeChildren(); // rendered: the AST is not needed any more
                media.addAll(body.media());
                if (write) {
                    search.add(i, new SearchPage(lesson.path(), lesson.title(), body.html()));
                    writePages(site, theme.renderPage(pages.lesson(lesson, body), assets), lesson, deck, outline,
                            deckAssets);
                }
            });

            boolean failed = diagnostics.failed(options.strict());
            if (!write || failed) {
                return new BuildResult(lessons.size(), diagnostics, elapsed(start), failed, false, labs.report(), 0);
            }
            int written = finish(outline, pages, inventory, options, text, site, labs, assets, media);
            long searchIndexBytes = SearchIndexFile.write(site, search.build());
            site.commit();
            return new BuildResult(written, diagnostics, elapsed(start), false, true, labs.report(), searchIndexBytes);
        }
    }

    private static DeckRendering.Result renderDeck(DeckRendering rendering, Lesson lesson, LinkContext links) {
        try {
            return rendering.render(lesson, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePages(StagedSite site, String page, Lesson lesson, Deck deck, CourseOutline outline,
                                   DeckAssetUrls deckAssets) {
        try {
            site.write(lesson.path(), page);
            if (deck != null) {
                String back = lesson.path().substring(lesson.path().lastIndexOf('/') + 1);
                site.write(lesson.presentationPath(), DeckPage.render(deck, new DeckPageContext(
                        outline.config().title(), lesson.title(), outline.config().language(),
                        SitePaths.root(lesson.path()), back, deckAssets)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages that are not lessons, the media, and the sitemap; returns the number of pages in the site. */
    private int finish(CourseOutline outline, PageFactory pages, ContentInventory inventory, BuildOptions options,
                       UiText text, StagedSite site, LabSupport labs, AssetUrls assets, Set<String> media)
            throws IOException {
        List<String> written = new ArrayList<>();
        written.add("index.html");
        for (Lesson lesson : outline.lessons()) {
            written.add(lesson.path());
            if (lesson.parsed().isDeck()) {
                written.add(lesson.presentationPath());
            }
        }
        site.write("index.html", theme.renderPage(pages.home(""), assets));
        written.addAll(new LabPages(outline, labs).write(site, theme, assets));
        site.write("404.html", theme.renderPage(pages.notFound(text.get("not_found_title"), ""), assets));
        for (String file : new TreeSet<>(media)) {
            site.copy(inventory.attachments().file(file), MediaFiles.sitePath(file));
        }
        site.write(".nojekyll", "");
        Optional.ofNullable(options.baseUrl()).filter(u -> !u.isBlank())
                .ifPresent(base -> SitemapWriter.write(site, base, written));
        return written.size() + 1; // with 404.html
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
