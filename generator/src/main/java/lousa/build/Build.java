package lousa.build;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import lousa.deck.Deck;
import lousa.deck.DeckAssetUrls;
import lousa.deck.DeckAssets;
import lousa.diag.Diagnostic;
import lousa.diag.Diagnostics;
import lousa.diag.Reporter;
import lousa.labs.LabSupport;
import lousa.labs.LessonBlocks;
import lousa.load.ContentInventory;
import lousa.load.CategoryReader;
import lousa.load.ContentScanner;
import lousa.load.CourseConfig;
import lousa.load.CourseConfigReader;
import lousa.load.GitDates;
import lousa.load.LastChanges;
import lousa.load.SourceFile;
import lousa.load.SourceReader;
import lousa.load.WebImages;
import lousa.parse.LessonParser;
import lousa.parse.MarkdownParser;
import lousa.parse.ParsedLesson;
import lousa.render.DeckRendering;
import lousa.render.LessonDraft;
import lousa.render.LessonRenderer;
import lousa.render.LinkContext;
import lousa.render.LinkTarget;
import lousa.render.NoteEmbeds;
import lousa.render.Partials;
import lousa.render.LinkTargets;
import lousa.render.MediaFiles;
import lousa.render.RenderedLesson;
import lousa.render.UiText;
import lousa.search.SearchCollector;
import lousa.search.SearchIndexFile;
import lousa.search.SearchPage;
import lousa.site.AssetFiles;
import lousa.site.AssetUrls;
import lousa.site.CourseOutline;
import lousa.site.CoursePlanner;
import lousa.site.DocCards;
import lousa.site.Lesson;
import lousa.site.OfflineMode;
import lousa.site.Pagination;
import lousa.site.SiteMeta;
import lousa.site.SocialImages;
import lousa.site.Theme;
import lousa.write.StagedSite;

/**
 * Builds the course site. The parser, renderer and theme are made once and reused for every lesson and every
 * build (they are thread-safe); lessons are read, parsed, rendered and written in parallel.
 *
 * <p>A one-shot build ({@code new Build()}) renders each lesson with flexmark as soon as it is parsed and releases
 * its AST at once (its links are resolved once the course is planned: {@link LessonDraft}), and lets the draft go
 * once the lesson's page is written: memory never holds every lesson's AST, nor every body. {@link #keepingLessons()} keeps the ASTs instead: {@code serve} reuses a
 * lesson whose text has not changed since the previous run, and {@code check --external} reads them afterwards.
 * It also keeps what the last site it put in place was made from, so {@link #update} can rewrite only the pages of
 * the lessons saved since, when their place in the course did not change.
 */
public final class Build {

    /** Puts a finished staging folder in place; {@link StagedSite#commit} for {@code build}. */
    @FunctionalInterface
    public interface Commit {
        void commit(StagedSite site) throws IOException;
    }

    private final MarkdownParser markdown = new MarkdownParser();
    private static final Theme BUILT_IN = Theme.builtIn();
    /** The built-in theme, or one with the course's overrides read anew at each full run (serve picks up edits). */
    private volatile Theme theme = BUILT_IN;
    private final boolean keepLessons;
    private final ParseCache parseCache = new ParseCache();
    private volatile List<ParsedLesson> lastParsed = List.of();
    private volatile Partials lastPartials = Partials.NONE;
    /** What the site last put in place was made from; null when there is none (or the build does not keep it). */
    private volatile Served served;

    /** A one-shot build: ASTs are released as pages are written. */
    public Build() {
        this(false);
    }

    private Build(boolean keepLessons) {
        this.keepLessons = keepLessons;
    }

    /** A build that keeps parsed lessons between runs (for {@code serve}) and after them (for checks). */
    public static Build keepingLessons() {
        return new Build(true);
    }

    public BuildResult run(BuildOptions options) throws IOException {
        return run(options, StagedSite::commit);
    }

    /** The lessons parsed by the last run, with their ASTs when built {@link #keepingLessons()}. */
    public List<ParsedLesson> parsedLessons() {
        return lastParsed;
    }

    /** The partials ({@code _intro.mdx}) parsed by the last run, with their ASTs. */
    public List<ParsedLesson> parsedPartials() {
        return lastPartials.parsed();
    }

    /** Like {@link #run(BuildOptions)}, with the finished site put in place by {@code commit}. */
    public synchronized BuildResult run(BuildOptions options, Commit commit) throws IOException {
        long start = System.nanoTime();
        Path overrides = options.themeDir();
        theme = Files.isDirectory(overrides) ? Theme.withOverrides(overrides) : BUILT_IN;
        served = null; // whatever happens now, the served site may no longer be the one it describes
        Diagnostics diagnostics = new Diagnostics();

        // 1. load content
        CourseConfig config = new CourseConfigReader()
                .read(options.content(), diagnostics.forFile(display(options.content().resolve(CourseConfig.FILE_NAME))));
        ContentInventory inventory = new ContentScanner().scan(options.content());
        config = config.withCategories(CategoryReader.read(inventory.attachments(),
                file -> diagnostics.forFile(display(file))));

        // When each lesson last changed, asked of git while the lessons are parsed
        CompletableFuture<LastChanges> lastChanges = options.write() && config.lastUpdated()
                ? GitDates.start(options.content()) : CompletableFuture.completedFuture(LastChanges.NONE);

        // 2–3. normalise dialects and parse; a one-shot build also drafts each lesson's HTML at once (see draft)
        UiText text = theme.text(config.language());
        LessonRenderer renderer = new LessonRenderer(markdown, text);
        Map<ParsedLesson, LessonDraft> drafts = keepLessons ? null : new IdentityHashMap<>();
        WebImages webImages = options.write() && config.downloadImages()
                ? WebImages.downloadingTo(cacheFolder(options.content()).resolve("images")) : WebImages.off();
        boolean labsPresent = LabSupport.present(options.labsDir());
        List<ParsedLesson> read = readAndParse(inventory, diagnostics, drafts, renderer, labsPresent, webImages);
        List<ParsedLesson> parsed = options.drafts() ? read : published(read, diagnostics);
        lastParsed = parsed;

        // 4. place lessons in the course, then render them with links resolved against it
        CourseOutline outline = new CoursePlanner().plan(config, parsed, diagnostics);
        LessonDraft[] draftOf = drafts(outline, drafts);
        drafts = null; // each draft is let go once its lesson is rendered
        // The labs' messages are kept apart until the end: an update reads the labs again and makes them anew.
        Diagnostics labDiagnostics = new Diagnostics();
        LabSupport labs = LabSupport.load(options.labsDir(), options.labs() != null, outline,
                draftKeys(config, read, parsed), labDiagnostics, Build::display, text);
        LinkTargets targets = new LinkTargets(outline, inventory.attachments(), inventory.root(),
                unpublished(read, parsed), webImages);
        targets.embeddingFrom(keepLessons ? reparsing(renderer, labsPresent) : embedded(outline, draftOf, targets));
        Partials partials = partials(inventory, diagnostics, renderer);
        targets.withPartials(partials);
        lastPartials = partials;
        DeckRendering deckRendering = new DeckRendering(renderer, inventory.attachments());
        // 4–6. render each lesson and, when writing, put its page in the staging folder at once (in parallel); what
        // the search index needs is taken from the body as it goes, and the lesson's AST is released, so memory
        // holds only the planned course, never every body. The staging folder is discarded unless all went well.
        List<Lesson> lessons = outline.lessons();
        boolean write = options.write();
        try (StagedSite site = write ? StagedSite.begin(options.out()) : null) {
            boolean offline = options.offline() && config.offline();
            if (write && offline) {
                site.listingFiles();
            }
            AssetUrls themeAssets = write ? theme.writeAssets(AssetFiles.into(site),
                    codeLanguages(lessons, partials, labsPresent)) : null;
            AssetUrls assets = themeAssets == null || offline ? themeAssets : themeAssets.withoutOffline(); // no button that fails
            boolean anyDeck = lessons.stream().anyMatch(lesson -> lesson.parsed().isDeck());
            DeckAssetUrls deckAssets = write && anyDeck ? DeckAssets.write(AssetFiles.into(site), assets) : null;
            SiteMeta meta = write ? SocialImages.write(site, options.baseUrl(), outline, targets,
                    inventory.attachments(), diagnostics::forFile) : null;
            LastChanges changes = lastChanges.join();
            if (changes.unread() != null) {
                diagnostics.forFile(display(options.content())).note(0, changes.unread().why(),
                        changes.unread().fix());
            }
            PageWriter pages = new PageWriter(theme, outline, assets, deckAssets, meta, changes);
            SearchCollector search = new SearchCollector(lessons.size());
            if (write && !keepLessons) {
                search.writingPagesTo(site); // the page texts are as large as the prose: not kept till the end
            }
            Set<String> media = ConcurrentHashMap.newKeySet();
            Map<String, Rendered> kept = keepLessons ? new ConcurrentHashMap<>() : null;
            Parallel.forEachIndex(lessons.size(), i -> {
                Lesson lesson = lessons.get(i);
                // One guard for the lesson's render and writes: each may recurse once per nested level.
                LessonTooDeepException.guard(lesson.displayPath(), () -> {
                    LessonDraft draft = draftOf[i];
                    draftOf[i] = null;
                    Rendered rendered = render(lesson, draft, targets, diagnostics.forFile(lesson.displayPath()),
                            renderer, deckRendering, labs);
                    RenderedLesson body = rendered.body();
                    if (!keepLessons) {
                        lesson.parsed().releaseDocument(); // rendered: the AST and the text are not needed any more
                    }
                    media.addAll(body.media());
                    if (kept != null) {
                        kept.put(lesson.key(), rendered.kept());
                    }
                    if (write) {
                        search.add(i, !lesson.listed() ? SearchPage.none() : new SearchPage(lesson.path(),
                                lesson.title(), body.html(), body.tree(), searchTerms(lesson, body)));
                        pages.lesson(site, lesson, body, rendered.deck());
                    }
                });
            });

            noteUnreachable(webImages, diagnostics.forFile(display(options.content().resolve(CourseConfig.FILE_NAME))));

            // Kept for updates: all but the labs' messages about lessons, which an update makes anew.
            List<Diagnostic> ownDiagnostics = new ArrayList<>(diagnostics.sorted());
            Set<String> lessonFiles = lessons.stream().map(Lesson::displayPath).collect(Collectors.toSet());
            labDiagnostics.sorted().stream().filter(d -> !lessonFiles.contains(d.file())).forEach(ownDiagnostics::add);
            labDiagnostics.sorted().forEach(diagnostics::add);
            boolean failed = diagnostics.failed(options.strict());
            if (!write || failed) {
                return new BuildResult(lessons.size(), diagnostics, elapsed(start), failed, false, labs.report(), null);
            }
            int written = pages.rest(site, labs, text, inventory, media, offline);
            Set<String> webFiles = copyWebImages(site, webImages, Set.of());
            SearchIndexFile.Written searchIndex =
                    SearchIndexFile.write(site, keepLessons ? search.buildKeeping() : search.build());
            if (offline) {
                OfflineMode.write(site, theme, assets); // last: it lists every file of the site
            } else if (options.offline()) {
                OfflineMode.writeTurnedOff(site, theme);
            }
            commit.commit(site);
            if (keepLessons) {
                served = new Served(options, inventory, outline, text, labs, assets, deckAssets, meta, changes,
                        search, Set.copyOf(media), List.copyOf(ownDiagnostics), written, Map.copyOf(kept),
                        targets.nameIndex(), webImages, webFiles, partials);
            }
            return new BuildResult(written, diagnostics, elapsed(start), false, true, labs.report(), searchIndex);
        }
    }

    /**
     * A lesson's body (its handout for a deck) with the labs beside its Python, its deck if it is one, and what
     * its links found other lessons by ({@link LinkContext#lookups}).
     */
    private record Rendered(RenderedLesson body, Deck deck, Set<String> lookups) {

        /** What {@code serve} keeps to lay the page out again: not the body's jsoup tree. */
        Rendered kept() {
            return new Rendered(body.withoutTree(), deck, Set.copyOf(lookups));
        }
    }

    /** A lesson's page rendered from its draft when it has one (a one-shot build), else from its AST. */
    private static Rendered render(Lesson lesson, LessonDraft draft, LinkTargets targets, Reporter reporter,
                                   LessonRenderer renderer, DeckRendering deckRendering, LabSupport labs) {
        // A deck's presentation page sits beside its lesson page, so one set of relative links serves both.
        LinkContext links = new LinkContext(lesson, lesson.path(), targets, reporter,
                Collections.synchronizedSet(new TreeSet<>()));
        if (lesson.parsed().isDeck()) {
            DeckRendering.Result result = renderDeck(deckRendering, lesson, links);
            return new Rendered(labs.decorate(lesson, result.handout()), result.deck(), links.lookups());
        }
        RenderedLesson body = draft != null
                ? renderer.render(draft, lesson.title(), links, lesson.parsed().headings())
                : renderer.render(lesson.parsed().document(), lesson.title(), links, lesson.parsed().headings());
        return new Rendered(labs.decorate(lesson, body), null, links.lookups());
    }

    /**
     * Renders a lesson just parsed with flexmark, and lets its AST go: a one-shot build then never holds every
     * lesson's AST while the course is planned (10 000 lessons: ~740 MB, millions of objects the collector would copy
     * and mark). Its links wait for the plan ({@link LessonDraft}). A deck keeps its AST: it is read slide by slide.
     * With labs, the Python blocks are marked in the HTML now and kept, without their nodes, for the labs' check.
     */
    private static LessonDraft draft(ParsedLesson lesson, LessonRenderer renderer, boolean labs) {
        if (lesson.isDeck()) {
            return null;
        }
        Document document = lesson.document();
        if (labs) {
            LessonBlocks.install(document);
        }
        LessonDraft draft = renderer.draft(document);
        if (labs) {
            document.set(LessonBlocks.KEY, LessonBlocks.KEY.get(document).withoutNodes());
        }
        lesson.releaseDocument();
        return draft;
    }

    /**
     * The drafts of the lessons that other lessons embed ({@code ![[Nota]]}), kept past their own render for
     * {@link NoteEmbeds}; the others' go as soon as their lesson is rendered.
     */
    private static NoteEmbeds.Sources embedded(CourseOutline outline, LessonDraft[] draftOf, LinkTargets targets) {
        List<Lesson> lessons = outline.lessons();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < lessons.size(); i++) {
            position.put(lessons.get(i).key(), i);
        }
        Map<String, LessonDraft> kept = new HashMap<>();
        for (int i = 0; i < draftOf.length; i++) {
            if (draftOf[i] == null) {
                continue;
            }
            for (String target : draftOf[i].noteEmbedTargets()) {
                if (targets.resolveWiki(lessons.get(i), target, "![[") instanceof LinkTarget.Page page) {
                    LessonDraft draft = draftOf[position.get(page.lesson().key())];
                    if (draft != null) {
                        kept.put(page.lesson().key(), draft);
                    }
                }
            }
        }
        return kept.isEmpty() ? NoteEmbeds.Sources.NONE : lesson -> kept.get(lesson.key());
    }

    /**
     * A build that keeps the lessons' ASTs drafts an embedded lesson from its text again, once per build: its AST may
     * be rendering on another thread at the same time, and flexmark keeps a render's state on the document.
     */
    private NoteEmbeds.Sources reparsing(LessonRenderer renderer, boolean labs) {
        LessonParser parser = new LessonParser(markdown);
        Map<String, LessonDraft> made = new ConcurrentHashMap<>();
        return lesson -> lesson.parsed().isDeck() ? null : made.computeIfAbsent(lesson.key(),
                key -> draft(parser.parse(lesson.parsed().source(), Reporter.SILENT), renderer, labs));
    }

    /** The drafts in course order; none when the build drafts nothing. */
    private static LessonDraft[] drafts(CourseOutline outline, Map<ParsedLesson, LessonDraft> drafts) {
        List<Lesson> lessons = outline.lessons();
        LessonDraft[] byPosition = new LessonDraft[lessons.size()];
        if (drafts == null) {
            return byPosition;
        }
        for (int i = 0; i < byPosition.length; i++) {
            ParsedLesson parsed = lessons.get(i).parsed();
            byPosition[i] = drafts.get(parsed);
            if (byPosition[i] == null && !parsed.isDeck()) {
                throw new IllegalStateException("no draft for " + lessons.get(i).displayPath());
            }
        }
        return byPosition;
    }

    /**
     * What the site last put in place was made from, for {@link #update}.
     *
     * @param labs        the labs as read, their markers reused by an update
     * @param diagnostics the run's messages but the labs' messages about lessons (an update makes them anew)
     * @param changes     when each lesson last changed (git), read once per full build
     * @param media       the content paths of the media the site holds
     * @param rendered    every lesson's body as laid out, by lesson key, to lay pages out again without rendering
     * @param names       the names wiki links can use, with the lesson key each finds
     */
    private record Served(BuildOptions options, ContentInventory inventory, CourseOutline outline, UiText text,
                          LabSupport labs, AssetUrls assets, DeckAssetUrls deckAssets, SiteMeta meta,
                          LastChanges changes, SearchCollector search, Set<String> media,
                          List<Diagnostic> diagnostics, int pages, Map<String, Rendered> rendered,
                          Map<String, String> names, WebImages webImages, Set<String> webFiles,
                          Partials partials) {
    }

    /**
     * Reads, parses and drafts the course's partials ({@code _intro.mdx}), which have no page: lessons import them.
     * Their messages go to their own files, once.
     */
    private Partials partials(ContentInventory inventory, Diagnostics diagnostics, LessonRenderer renderer) {
        if (inventory.partials().isEmpty()) {
            return Partials.NONE;
        }
        SourceReader reader = new SourceReader();
        LessonParser parser = new LessonParser(markdown);
        Map<String, Partials.Partial> byPath = new HashMap<>();
        for (Path path : inventory.partials()) {
            String display = display(path);
            Reporter reporter = diagnostics.forFile(display);
            String relative = inventory.relative(path);
            reader.read(path, reporter).ifPresent(text -> LessonTooDeepException.guard(display, () -> {
                ParsedLesson parsed = parser.parse(new SourceFile(path, relative, display, text), reporter);
                Lesson lesson = new Lesson(parsed, Partials.KEY_PREFIX + relative, "", List.of());
                byPath.put(relative, new Partials.Partial(lesson, renderer.draft(parsed.document()), reporter));
            }));
        }
        return new Partials(byPath);
    }

    /**
     * The folder beside the content folder where what a build fetched is kept for the next ones
     * ({@code .lousa-cache/}, ignored by git).
     */
    static Path cacheFolder(Path content) {
        Path absolute = content.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return (parent == null ? absolute : parent).resolve(".lousa-cache");
    }

    /** Puts in the site the copies of web images it does not have yet; returns all it has. */
    private static Set<String> copyWebImages(StagedSite site, WebImages webImages, Set<String> copied)
            throws IOException {
        Set<String> all = new HashSet<>(copied);
        for (Map.Entry<String, Path> file : webImages.files().entrySet()) {
            if (all.add(file.getKey())) {
                site.copy(file.getValue(), file.getKey());
            }
        }
        return Set.copyOf(all);
    }

    /** No network: one note for the build, not a warning for each image, which is not the author's to fix. */
    private static void noteUnreachable(WebImages webImages, Reporter courseYml) {
        int count = webImages.unreachable();
        if (count > 0) {
            courseYml.note(0, count + (count == 1 ? " image" : " images") + " on the web could not be downloaded ("
                    + webImages.unreachableWhy() + "): the pages show them from the web, and the offline copy lacks"
                    + " them", "build with a network to download them; they are then kept in "
                    + ".lousa-cache/images/ for the builds after");
        }
    }

    /**
     * The languages the site's code blocks name, for the highlighting it ships: every lesson's and partial's, and
     * Java's when there are labs (their tabs show the Java code beside the Python).
     */
    private static Set<String> codeLanguages(List<Lesson> lessons, Partials partials, boolean labsPresent) {
        Set<String> languages = new TreeSet<>();
        lessons.forEach(lesson -> languages.addAll(lesson.parsed().codeLanguages()));
        partials.parsed().forEach(partial -> languages.addAll(partial.codeLanguages()));
        if (labsPresent) {
            languages.add("java");
        }
        return languages;
    }

    /** An update done: its result (diagnostics of the whole course), and the site paths it changed. */
    public record Update(BuildResult result, List<String> changed) {
    }

    /**
     * Rewrites in the site last put in place only what the saved lessons change, each file moved in atomically;
     * nothing else is touched or deleted. A saved lesson's page (and presentation page) is rendered again, and the
     * search index, new media and the lab pages are written. When a saved lesson's title changed, the pages that
     * show it are laid out again from their kept bodies: the lessons beside it in the sidebar, its neighbours'
     * prev/next links, the home, 404 and lab pages. Lessons whose links used a changed title (wiki links
     * find lessons by title) or a heading id the save removed or added are rendered again.
     *
     * <p>Applies only to a build {@linkplain #keepingLessons() keeping lessons} whose last run wrote the site with
     * the same options, and only when every path is a lesson of that site that still reads and keeps its place in
     * the course: its front matter but the title, and the order and URLs of every lesson once planned again (an
     * editor's temporary file that came and went is no change). Otherwise nothing is done and the caller runs the
     * whole build. A save with errors is reported (with the kept messages of the other files) and writes nothing.
     *
     * @param paths the files saved since the last run or update
     * @return the update, or empty when the whole build must run
     */
    public synchronized Optional<Update> update(BuildOptions options, Collection<Path> paths) throws IOException {
        long start = System.nanoTime();
        Served state = served;
        if (state == null || !state.options().equals(options) || paths.isEmpty()) {
            return Optional.empty();
        }
        Map<Path, Lesson> byFile = new HashMap<>();
        for (Lesson lesson : state.outline().lessons()) {
            byFile.put(lesson.parsed().source().path().toAbsolutePath().normalize(), lesson);
        }
        Set<Lesson> saved = new LinkedHashSet<>();
        for (Path path : paths) {
            Lesson lesson = byFile.get(path.toAbsolutePath().normalize());
            if (lesson == null && UpdateScope.cameAndWent(path, state.outline(), state.inventory())) {
                continue; // an editor's temporary file (saved beside the lesson, then renamed over it)
            }
            if (lesson == null || !Files.isRegularFile(path)) {
                return Optional.empty(); // not a lesson of the site, or one that was removed
            }
            saved.add(lesson);
        }
        if (saved.isEmpty()) {
            return Optional.empty();
        }

        // Read and parse the saved lessons; a change to what places them in the course needs the whole build.
        Diagnostics diagnostics = new Diagnostics();
        LessonParser parser = new LessonParser(markdown);
        SourceReader reader = new SourceReader();
        Map<String, ParsedLesson> reparsed = new HashMap<>();
        Set<String> moved = new HashSet<>(); // lookups that find something else now: lessons using them follow
        for (Lesson old : saved) {
            SourceFile before = old.parsed().source();
            Reporter reporter = diagnostics.forFile(before.displayPath());
            Optional<String> text = reader.read(before.path(), reporter);
            if (text.isEmpty()) {
                return Optional.empty(); // unreadable: the whole build says why
            }
            ParsedLesson parsed = LessonTooDeepException.guard(before.displayPath(), () -> parse(parser,
                    new SourceFile(before.path(), before.relative(), before.displayPath(), text.get()), reporter));
            if (!UpdateScope.sameShape(old.parsed(), parsed)) {
                return Optional.empty();
            }
            reparsed.put(old.key(), parsed);
            moved.addAll(UpdateScope.changedAnchors(old.key(), old.parsed(), parsed));
            moved.add(LinkContext.embed(old.key())); // the lessons that show its text follow
        }
        CourseOutline outline = UpdateScope.replan(state.outline(), reparsed);
        if (outline == null) {
            return Optional.empty();
        }
        List<Lesson> lessons = outline.lessons();
        Set<Integer> renamed = UpdateScope.renamed(state.outline(), outline);
        if (!renamed.isEmpty() && state.meta().hasBaseUrl()) {
            return Optional.empty(); // the renamed lesson's preview image shows its title: drawn by the whole build
        }
        if (!renamed.isEmpty() && Pagination.chosenAnywhere(outline)) {
            return Optional.empty(); // a lesson's prev/next may show it from anywhere in the course
        }

        Diagnostics labDiagnostics = new Diagnostics();
        LabSupport labs = state.labs().recheck(outline, labDiagnostics, Build::display);
        LessonRenderer renderer = new LessonRenderer(markdown, state.text());
        LinkTargets targets = new LinkTargets(outline, state.inventory().attachments(), state.inventory().root(),
                Set.of(), state.webImages());
        targets.embeddingFrom(reparsing(renderer, LabSupport.present(options.labsDir())));
        targets.withPartials(state.partials());
        Map<String, String> names = targets.nameIndex();
        UpdateScope.changedNames(state.names(), names).forEach(name -> moved.add(LinkContext.name(name)));
        DeckRendering deckRendering = new DeckRendering(renderer, state.inventory().attachments());
        PageWriter pages = new PageWriter(theme, outline, state.assets(), state.deckAssets(), state.meta(),
                state.changes());

        // Render again the saved lessons and those whose links find something else now; lay out again, from
        // their kept bodies, the pages whose navigation shows a renamed lesson.
        Map<Integer, Rendered> rendered = new LinkedHashMap<>();
        Set<Integer> laidOut = new TreeSet<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            Rendered before = state.rendered().get(lesson.key());
            boolean follows = before != null && before.lookups().stream().anyMatch(moved::contains);
            if (reparsed.containsKey(lesson.key()) || follows) {
                Reporter reporter = diagnostics.forFile(lesson.displayPath());
                if (!reparsed.containsKey(lesson.key())) {
                    parse(parser, lesson.parsed().source(), reporter); // its kept parse messages, reported again
                }
                rendered.put(i, LessonTooDeepException.guard(lesson.displayPath(),
                        () -> render(lesson, null, targets, reporter, renderer, deckRendering, labs)));
            }
        }
        for (int i : renamed) {
            laidOut.addAll(UpdateScope.showing(outline, i));
        }
        for (int i : UpdateScope.reworded(state.outline(), outline)) { // its card, where a page shows its folder's
            for (int j : UpdateScope.showing(outline, i)) {
                Rendered kept = state.rendered().get(lessons.get(j).key());
                if (kept != null && DocCards.has(kept.body().html())) {
                    laidOut.add(j);
                }
            }
        }
        laidOut.removeAll(rendered.keySet());

        // The messages of the whole course: the rendered lessons' anew, the labs' anew, the others' as they were.
        Set<String> renderedFiles = new HashSet<>();
        rendered.keySet().forEach(i -> renderedFiles.add(lessons.get(i).displayPath()));
        List<Diagnostic> own = new ArrayList<>(diagnostics.sorted());
        state.diagnostics().stream().filter(d -> !renderedFiles.contains(d.file())).forEach(own::add);
        Diagnostics all = new Diagnostics();
        own.forEach(all::add);
        labDiagnostics.sorted().forEach(all::add);
        if (all.failed(options.strict())) {
            return Optional.of(new Update(new BuildResult(lessons.size(), all, elapsed(start), true, false,
                    labs.report(), null), List.of()));
        }

        try (StagedSite site = StagedSite.begin(options.out())) {
            Set<String> media = new HashSet<>(state.media());
            Map<String, Rendered> kept = new HashMap<>(state.rendered());
            for (Map.Entry<Integer, Rendered> entry : rendered.entrySet()) {
                Lesson lesson = lessons.get(entry.getKey());
                RenderedLesson body = entry.getValue().body();
                pages.lesson(site, lesson, body, entry.getValue().deck());
                for (String file : new TreeSet<>(body.media())) {
                    if (media.add(file)) {
                        site.copy(state.inventory().attachments().file(file), MediaFiles.sitePath(file));
                    }
                }
                kept.put(lesson.key(), entry.getValue().kept());
            }
            for (int i : laidOut) {
                Lesson lesson = lessons.get(i);
                Rendered before = kept.get(lesson.key());
                pages.lesson(site, lesson, before.body(), before.deck());
            }
            if (!renamed.isEmpty()) {
                pages.coursePages(site, labs, state.text()); // they show lesson titles
            }
            pages.mathAssets(site); // a saved lesson may have the course's first formula
            Set<String> webFiles = copyWebImages(site, state.webImages(), state.webFiles());
            if (!renamed.isEmpty() || !labs.report().equals(state.labs().report())
                    || !labs.shownExamples().equals(state.labs().shownExamples())) {
                // The lab pages show lesson titles, and the examples and outputs of saved lessons.
                pages.labPages(site, labs);
            }
            // Only now that nothing can fail: the kept index takes the rendered lessons' new sections and titles.
            rendered.forEach((i, r) -> state.search().add(i, !lessons.get(i).listed() ? SearchPage.none()
                    : new SearchPage(lessons.get(i).path(), lessons.get(i).title(), r.body().html(), r.body().tree(),
                    searchTerms(lessons.get(i), r.body()))));
            SearchIndexFile.Written searchIndex = SearchIndexFile.writeChanges(site, state.search().buildKeeping());
            List<String> changed = site.commitPartial();
            served = new Served(options, state.inventory(), outline, state.text(), labs, state.assets(),
                    state.deckAssets(), state.meta(), state.changes(), state.search(), Set.copyOf(media),
                    List.copyOf(own), state.pages(), Map.copyOf(kept), names, state.webImages(), webFiles,
                    state.partials());
            lastParsed = outline.lessons().stream().map(Lesson::parsed).toList();
            return Optional.of(new Update(new BuildResult(state.pages(), all, elapsed(start), false, true,
                    labs.report(), searchIndex), changed));
        }
    }

    /** Parses a lesson; a build keeping lessons reuses the previous run's parse of an unchanged file. */
    private ParsedLesson parse(LessonParser parser, SourceFile source, Reporter reporter) {
        return keepLessons ? parseCache.parse(parser, source, reporter)
                : parser.parse(source, reporter).withoutSourceText(); // one copy of the text: the AST's
    }

    private static DeckRendering.Result renderDeck(DeckRendering rendering, Lesson lesson, LinkContext links) {
        try {
            return rendering.render(lesson, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and parses every lesson, and drafts it when {@code drafts} is given. In a method of its own so that no
     * list of the files' texts outlives it: a one-shot build lets a lesson's text go with its AST, once drafted.
     */
    private List<ParsedLesson> readAndParse(ContentInventory inventory, Diagnostics diagnostics,
                                            Map<ParsedLesson, LessonDraft> drafts, LessonRenderer renderer,
                                            boolean labs, WebImages webImages) {
        List<SourceFile> sources = read(inventory, diagnostics);
        LessonParser parser = new LessonParser(markdown);
        Drafted[] read = new Drafted[sources.size()];
        Parallel.forEachIndex(read.length, i -> {
            SourceFile source = sources.get(i);
            read[i] = LessonTooDeepException.guard(source.displayPath(), () -> {
                ParsedLesson lesson = parse(parser, source, diagnostics.forFile(source.displayPath()));
                LessonDraft draft = drafts == null ? null : draft(lesson, renderer, labs);
                if (draft != null && webImages.enabled()) {
                    draft.imageTargets().forEach(webImages::prefetch); // downloaded while the others are read
                }
                return new Drafted(lesson, draft);
            });
        });
        parseCache.retainOnly(sources.stream().map(SourceFile::path).collect(Collectors.toSet()));
        List<ParsedLesson> parsed = new ArrayList<>(read.length);
        for (Drafted one : read) {
            parsed.add(one.lesson());
            if (one.draft() != null) {
                drafts.put(one.lesson(), one.draft());
            }
        }
        return parsed;
    }

    /** The lessons without {@code draft: true}; each draft left out is a note, so the author sees why it is not there. */
    private static List<ParsedLesson> published(List<ParsedLesson> lessons, Diagnostics diagnostics) {
        List<ParsedLesson> published = new ArrayList<>(lessons.size());
        for (ParsedLesson lesson : lessons) {
            if (lesson.frontMatter().isDraft()) {
                diagnostics.forFile(lesson.source().displayPath()).note(Math.max(1, lesson.frontMatter().line()),
                        "draft: not published", "remove draft: true to publish it; lousa serve shows it");
            } else {
                published.add(lesson);
            }
        }
        return published;
    }

    /** The content paths of the lessons read but left out (drafts), for the message of a link to one. */
    private static Set<String> unpublished(List<ParsedLesson> read, List<ParsedLesson> published) {
        if (read.size() == published.size()) {
            return Set.of();
        }
        Set<ParsedLesson> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(published);
        return read.stream().filter(lesson -> !kept.contains(lesson)).map(lesson -> lesson.source().relative())
                .collect(Collectors.toSet());
    }

    /**
     * What search finds a lesson by besides its text, as by its title: its tags, its {@code keywords}, and the h1
     * that heads its page instead of the title (taken out of the body).
     */
    private static List<String> searchTerms(Lesson lesson, RenderedLesson body) {
        List<String> keywords = lesson.parsed().frontMatter().keywords();
        if (keywords.isEmpty() && body.heading() == null) {
            return lesson.parsed().tags();
        }
        List<String> terms = new ArrayList<>(lesson.parsed().tags());
        terms.addAll(keywords);
        if (body.heading() != null) {
            terms.add(body.heading());
        }
        return terms;
    }

    /**
     * The key each draft left out would have, with its file: planned with the published lessons, as {@code serve}
     * plans it, so that a lab of a draft is recognised as one. Nothing to plan when there is no draft.
     */
    private static Map<String, String> draftKeys(CourseConfig config, List<ParsedLesson> read,
                                                 List<ParsedLesson> published) {
        if (read.size() == published.size()) {
            return Map.of();
        }
        Set<ParsedLesson> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(published);
        Map<String, String> keys = new HashMap<>();
        for (Lesson lesson : new CoursePlanner().plan(config, read, new Diagnostics()).lessons()) {
            if (!kept.contains(lesson.parsed())) {
                keys.put(lesson.key(), lesson.displayPath());
            }
        }
        return keys;
    }

    private record Drafted(ParsedLesson lesson, LessonDraft draft) {
    }

    private static List<SourceFile> read(ContentInventory inventory, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader();
        List<Path> paths = inventory.lessons();
        SourceFile[] sources = new SourceFile[paths.size()];
        Parallel.forEachIndex(sources.length, i -> {
            Path path = paths.get(i);
            String display = display(path);
            sources[i] = reader.read(path, diagnostics.forFile(display))
                    .map(text -> new SourceFile(path, inventory.relative(path), display, text)).orElse(null);
        });
        return Arrays.stream(sources).filter(Objects::nonNull).toList(); // a file that could not be read is left out
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
