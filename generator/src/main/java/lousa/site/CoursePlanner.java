package lousa.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import lousa.diag.Diagnostics;
import lousa.dialect.FrontMatter;
import lousa.load.CourseConfig;
import lousa.load.Titles;
import lousa.parse.ParsedLesson;

/**
 * Places every lesson in the course: its URL (front matter {@code slug}, else folders and file name without
 * number prefixes), its title and its order among siblings, as Docusaurus orders them: a folder's {@code index.md} or
 * {@code README.md} first, then by position ({@code sidebar_position}/{@code weight}, else the file name's number
 * prefix), then the rest by title. Reports duplicate URLs.
 */
public final class CoursePlanner {

    private static final Comparator<Candidate> ORDER = Comparator
            .comparingInt((Candidate c) -> c.configured < 0 ? Integer.MAX_VALUE : c.configured)
            .thenComparingInt(c -> c.introduction ? 0 : 1)
            // A number prefix is a position, as in Docusaurus ("2-filas.md" sits where sidebar_position: 2 would)
            .thenComparingInt(c -> c.position.isPresent() || c.prefix.isPresent() ? 0 : 1)
            .thenComparingDouble(c -> c.position.isPresent() ? c.position.getAsDouble() : c.prefix.orElse(0))
            .thenComparingInt(c -> c.position.isPresent() ? 0 : 1)
            .thenComparing(c -> c.title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> c.name);

    /**
     * {@code index.md}, {@code README.md} (or Hugo's {@code _index.md}): the introduction of its folder, first in it, as
     * Docusaurus takes such a file for the page of its category.
     */
    static boolean isIntroduction(String fileName) {
        String name = Titles.stripExtensionOf(fileName).toLowerCase(java.util.Locale.ROOT);
        return name.equals("index") || name.equals("readme") || name.equals("_index");
    }

    public CourseOutline plan(CourseConfig config, List<ParsedLesson> parsed, Diagnostics diagnostics) {
        Folder root = new Folder("", "");
        for (ParsedLesson lesson : parsed) {
            String[] parts = lesson.source().relative().split("/");
            Folder folder = root;
            for (int i = 0; i < parts.length - 1; i++) {
                folder = folder.child(parts[i]);
            }
            folder.lessons.add(lesson);
        }
        List<Lesson> ordered = new ArrayList<>();
        List<OutlineEntry> entries = build(root, config, List.of(), ordered);
        Map<String, Lesson> bySource = new HashMap<>();
        Map<String, Lesson> byKey = new HashMap<>();
        for (Lesson lesson : ordered) {
            bySource.put(lesson.parsed().source().relative(), lesson);
            Lesson clash = byKey.putIfAbsent(lesson.key(), lesson);
            // A lesson may be the home page ("slug: /", as Docusaurus's intro doc is), not the 404 page
            if (clash != null || lesson.key().equals("404")) {
                diagnostics.forFile(lesson.displayPath()).error(lesson.parsed().frontMatter().line(),
                        "duplicate URL '" + lesson.path() + "'" + (clash == null ? " (reserved for the site)"
                                : ", also used by " + clash.displayPath()),
                        "give one of them another 'slug' in its front matter, or rename the file");
            }
        }
        CourseOutline outline = new CourseOutline(config, entries, List.copyOf(ordered), Map.copyOf(bySource));
        checkPagination(outline, diagnostics);
        return outline;
    }

    private List<OutlineEntry> build(Folder folder, CourseConfig config, List<String> sections, List<Lesson> out) {
        List<Candidate> candidates = new ArrayList<>();
        for (ParsedLesson lesson : folder.lessons) {
            String name = lesson.source().path().getFileName().toString();
            String title = titleOf(lesson, name);
            candidates.add(new Candidate(name, title, -1, lesson.frontMatter().position(), Titles.prefixNumber(name),
                    lesson, null));
        }
        for (Folder sub : folder.children.values()) {
            boolean top = folder.dir.isEmpty();
            CourseConfig.ModuleConfig module = top ? config.module(sub.name).orElse(null) : null;
            // course.yml first; then the folder's _category_.json, as Docusaurus reads it; then its name
            CourseConfig.Category category = config.category(sub.dir).orElse(null);
            String title = module != null ? module.title()
                    : category != null && category.label() != null && !category.label().isEmpty() ? category.label()
                    : Titles.humanize(sub.name);
            candidates.add(new Candidate(sub.name, title, module != null ? module.order() : -1,
                    category != null ? category.position() : OptionalDouble.empty(), Titles.prefixNumber(sub.name),
                    null, sub));
        }
        candidates.sort(ORDER);
        List<OutlineEntry> entries = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.lesson != null) {
                Lesson lesson = new Lesson(c.lesson, keyOf(c.lesson, folder, c.name), c.title, sections);
                out.add(lesson);
                entries.add(lesson);
            } else {
                List<String> inner = new ArrayList<>(sections);
                inner.add(c.title);
                entries.add(new Section(c.title, c.folder.dir, build(c.folder, config, List.copyOf(inner), out)));
            }
        }
        return List.copyOf(entries);
    }

    private static String titleOf(ParsedLesson lesson, String fileName) {
        return lesson.frontMatter().title()
                .or(() -> java.util.Optional.ofNullable(lesson.firstHeading()).filter(h -> !h.isBlank()))
                .orElseGet(() -> Titles.humanize(fileName));
    }

    /**
     * Front matter slug ("/a/b" from the site root, "b" beside the folder), else the folder's names and the lesson's
     * id (Docusaurus's {@code id}) or file name.
     */
    private static String keyOf(ParsedLesson lesson, Folder folder, String fileName) {
        String base = folder.key;
        String slug = lesson.frontMatter().slug().orElse(null);
        String key;
        if (slug == null) {
            key = join(base, lesson.frontMatter().id().orElseGet(() -> Titles.slugOfName(fileName)));
        } else if (slug.startsWith("/")) {
            key = slug.substring(1);
        } else {
            key = join(base, slug);
        }
        key = key.replaceAll("/+", "/").replaceAll("^/|/$", "");
        return key.isEmpty() ? "index" : key;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "/" + b;
    }

    /** @param introduction a lesson that is its folder's {@code index.md}/{@code README.md}, decided once */
    private record Candidate(String name, String title, int configured, OptionalDouble position, OptionalInt prefix,
                             ParsedLesson lesson, Folder folder, boolean introduction) {

        Candidate(String name, String title, int configured, OptionalDouble position, OptionalInt prefix,
                  ParsedLesson lesson, Folder folder) {
            this(name, title, configured, position, prefix, lesson, folder, lesson != null && isIntroduction(name));
        }
    }

    /** A folder while the tree is being built: its content path and its URL path (prefixes stripped). */
    private static final class Folder {
        final String name;
        final String dir;
        final String key;
        final Map<String, Folder> children = new TreeMap<>();
        final List<ParsedLesson> lessons = new ArrayList<>();

        Folder(String name, String dir) {
            this(name, dir, "");
        }

        Folder(String name, String dir, String key) {
            this.name = name;
            this.dir = dir;
            this.key = key;
        }

        Folder child(String name) {
            return children.computeIfAbsent(name, n -> new Folder(n, join(dir, n), join(key, Titles.slugOfName(n))));
        }
    }

    /** A {@code pagination_prev}/{@code pagination_next} that names no lesson: the page keeps its neighbour's link. */
    private static void checkPagination(CourseOutline outline, Diagnostics diagnostics) {
        Pagination pagination = null;
        for (Lesson lesson : outline.lessons()) {
            FrontMatter front = lesson.parsed().frontMatter();
            for (String key : new String[] {Pagination.PREV, Pagination.NEXT}) {
                Optional<String> target = front.pagination(key).filter(t -> !t.isEmpty());
                if (target.isEmpty()) {
                    continue;
                }
                pagination = pagination != null ? pagination : new Pagination(outline);
                if (pagination.find(lesson, target.get()).isEmpty()) {
                    diagnostics.forFile(lesson.displayPath()).warning(front.lineOf(key), key + " '" + target.get()
                                    + "' matches no lesson",
                            "write the lesson's file path from content/ without .md (e.g. '"
                                    + Titles.stripExtensionOf(lesson.parsed().source().relative())
                                    + "'), or null for no link");
                }
            }
        }
    }
}
