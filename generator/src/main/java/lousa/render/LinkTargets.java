package lousa.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lousa.dialect.Tags;
import lousa.dialect.obsidian.EmbeddedMedia;
import lousa.load.Attachments;
import lousa.load.HttpUrls;
import lousa.load.WebImages;
import lousa.load.Titles;
import lousa.parse.HeadingInfo;
import lousa.parse.HeadingSlugger;
import lousa.site.CourseOutline;
import lousa.site.Lesson;

/**
 * Resolves what a lesson's links and images point at: lessons (by file, by URL, or by name for wiki links),
 * their headings, and attachments (by path, or by name anywhere under content/ as Obsidian does).
 * Pure and thread-safe; messages are reported by the caller, which knows the line.
 */
public final class LinkTargets {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern LESSON_FILE = Pattern.compile(".*\\.(md|mdx|markdown)$");

    private final CourseOutline outline;
    private final Attachments attachments;
    private final Path contentRoot;
    private final Map<String, Lesson> byKey = new HashMap<>();
    private final Map<String, Lesson> byName = new HashMap<>();
    private final Set<String> drafts;
    private final WebImages webImages;
    private final ImageSizes imageSizes;
    /** The anchors of the tags page: the tags some listed lesson has ({@link lousa.site.TagsPage} lists no other). */
    private final Set<String> placedTags = new HashSet<>();
    private volatile NoteEmbeds.Sources embedSources = NoteEmbeds.Sources.NONE;
    private volatile Partials partials = Partials.NONE;

    public LinkTargets(CourseOutline outline, Attachments attachments, Path contentRoot) {
        this(outline, attachments, contentRoot, Set.of());
    }

    /** @param drafts the content paths of lessons left out as drafts, so a link to one says so */
    public LinkTargets(CourseOutline outline, Attachments attachments, Path contentRoot, Set<String> drafts) {
        this(outline, attachments, contentRoot, drafts, WebImages.off());
    }

    /** @param webImages the images on the web the site serves copies of ({@code external_images: download}) */
    public LinkTargets(CourseOutline outline, Attachments attachments, Path contentRoot, Set<String> drafts,
                       WebImages webImages) {
        this.drafts = drafts;
        this.webImages = webImages;
        this.outline = outline;
        this.attachments = attachments;
        this.contentRoot = contentRoot;
        this.imageSizes = new ImageSizes(contentRoot);
        for (Lesson lesson : outline.lessons()) {
            byKey.put(lesson.key(), lesson);
            String file = lesson.parsed().source().path().getFileName().toString();
            byName.putIfAbsent(normal(Titles.stripExtensionOf(file)), lesson);
            byName.putIfAbsent(normal(Titles.slugOfName(file)), lesson);
            byName.putIfAbsent(normal(lesson.title()), lesson);
            if (lesson.listed()) {
                lesson.parsed().tags().forEach(label -> placedTags.add(Tags.slug(label)));
            }
        }
        for (Lesson lesson : outline.lessons()) { // after every file name and title: an alias never hides one
            for (String alias : lesson.parsed().frontMatter().aliases()) {
                byName.putIfAbsent(normal(alias), lesson);
            }
        }
    }

    /**
     * Whether the tags page has a section for the tag: an unlisted lesson's tag that no listed lesson has has none
     * (and with no listed lesson tagged, there is no tags page).
     */
    public boolean tagPlaced(String label) {
        return placedTags.contains(Tags.slug(label));
    }

    /** The sizes of the course's images, for their width and height on the page ({@link ImageLoading}). */
    public ImageSizes imageSizes() {
        return imageSizes;
    }

    /** Where the text of an embedded lesson comes from ({@link NoteEmbeds}); none until the build says. */
    public NoteEmbeds.Sources embedSources() {
        return embedSources;
    }

    /** Set by the build once it knows where the lessons' texts are, before any lesson renders. */
    public void embeddingFrom(NoteEmbeds.Sources sources) {
        this.embedSources = sources;
    }

    /** The course's partials ({@code _intro.mdx}), which lessons import. */
    public Partials partials() {
        return partials;
    }

    /** Set by the build once the partials are read, before any lesson renders. */
    public void withPartials(Partials read) {
        this.partials = read;
    }

    /** A file path written in a lesson ({@code ./_intro.mdx}, {@code ../comum/_x.md}) as a path in content/. */
    public Optional<String> relativeTo(Lesson from, String written) {
        String path = written.strip();
        return normalise(path.startsWith("/") ? path.substring(1)
                : join(parent(from.parsed().source().relative()), path));
    }

    /** A markdown link or image, as written: "../outra-aula.md#secao", "img/x.png", "https://…". */
    public LinkTarget resolve(Lesson from, String url, boolean image) {
        String raw = url.strip();
        if (raw.isEmpty()) {
            return new LinkTarget.Missing(image, "empty link target", "write where the link should go");
        }
        if (SCHEME.matcher(raw).find() || raw.startsWith("//")) {
            if (image && webImages.enabled() && HttpUrls.is(raw)) {
                WebImages.Fetched fetched = webImages.fetch(raw);
                return new LinkTarget.WebImage(raw, fetched.sitePath(), fetched.problem());
            }
            return new LinkTarget.External(raw);
        }
        String anchor = "";
        int hash = raw.indexOf('#');
        if (hash >= 0) {
            anchor = raw.substring(hash + 1);
            raw = raw.substring(0, hash);
        }
        int query = raw.indexOf('?');
        if (query >= 0) {
            raw = raw.substring(0, query);
        }
        if (raw.isEmpty()) {
            // "#" alone is the top of this page, and stays as written (raw HTML uses it for a link that goes nowhere)
            return anchor.isEmpty() ? new LinkTarget.External(url) : page(from, decode(anchor), "#" + anchor);
        }
        String path = decode(raw);
        if (!image && (path.equals("/") || path.equals("/index.html"))) {
            return new LinkTarget.SitePage("index.html"); // the course's home, wherever the site is served
        }
        String fromDir = parent(from.parsed().source().relative());
        Optional<String> normal = normalise(path.startsWith("/") ? path.substring(1) : join(fromDir, path));
        boolean lessonLink = LESSON_FILE.matcher(path.toLowerCase(Locale.ROOT)).matches();
        if (normal.isPresent()) {
            String relative = normal.get();
            Lesson target = lessonLink ? outline.bySource().get(relative) : null;
            if (target == null && !image) {
                String key = relative.endsWith(".html") ? relative.substring(0, relative.length() - 5) : relative;
                target = byKey.get(key);
            }
            if (target != null) {
                return page(target, decode(anchor), url);
            }
            if (target == null && lessonLink && drafts.contains(relative)) {
                return new LinkTarget.Missing(false, "link '" + url + "' goes to a draft (draft: true), which is not"
                        + " published", "publish that lesson (remove draft: true) or remove the link");
            }
            Optional<String> media = attachments.atPath(relative);
            if (media.isPresent()) {
                return new LinkTarget.Media(media.get());
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!lessonLink) {
            Optional<String> byFileName = attachments.byName(name);
            if (byFileName.isPresent()) {
                return new LinkTarget.Media(byFileName.get());
            }
        }
        if (normal.isEmpty() && existsOutside(fromDir, path)) {
            return new LinkTarget.Missing(false, "'" + url + "' points outside content/",
                    "move the file under content/ so it is published with the site");
        }
        if (image) {
            return new LinkTarget.Missing(true, "image not found: " + url,
                    "add '" + name + "' under content/ (any folder: images are also found by name)");
        }
        if (normal.isEmpty()) {
            return new LinkTarget.Missing(false, "link '" + url + "' leaves content/",
                    "link to lessons and files inside content/, or use a full https:// URL");
        }
        return new LinkTarget.Missing(false, "broken link: '" + url + "' matches no lesson or file",
                "check the path relative to this lesson (links to lessons end in .md)");
    }

    /** The name a wiki link target looks lessons up by (file name or title); empty for a link to "#anchor". */
    public Optional<String> nameKey(String target) {
        int hash = target.indexOf('#');
        String page = hash >= 0 ? target.substring(0, hash) : target;
        if (page.isBlank()) {
            return Optional.empty();
        }
        String name = page.contains("/") ? page.substring(page.lastIndexOf('/') + 1) : page;
        return Optional.of(normal(Titles.stripExtensionOf(name)));
    }

    /** Every name wiki links can use, with the key of the lesson it finds. */
    public Map<String, String> nameIndex() {
        Map<String, String> index = new HashMap<>(byName.size() * 2);
        byName.forEach((name, lesson) -> index.put(name, lesson.key()));
        return index;
    }

    /**
     * An Obsidian wiki link target: "Nota", "Nota#Título", "Nota#Título#Subtítulo", "pasta/Nota", "Nota#^id",
     * written with {@code opening}:
     * {@code [[} for a link, {@code ![[} for a note embed.
     */
    public LinkTarget resolveWiki(Lesson from, String target, String opening) {
        String written = opening + target + "]]";
        String page = target;
        String anchor = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            page = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        Lesson lesson = page.isBlank() ? from : byName.get(nameKey(page).orElseThrow());
        if (lesson == null) {
            String what = opening.startsWith("!") ? "embed " : "wiki link ";
            return new LinkTarget.Missing(false, what + written + " matches no lesson",
                    "use a lesson's file name or title");
        }
        String id = anchor.startsWith("^") ? anchor.strip() // ^id: a block id
                : anchor.indexOf('#') >= 0 ? nestedHeading(lesson, anchor) : HeadingSlugger.slugify(anchor);
        return page(lesson, anchor.isEmpty() ? "" : id, written);
    }

    /**
     * The id of the heading Obsidian's {@code Nota#Seção#Subseção} names: the first heading called as the last part
     * whose enclosing headings include the others, in order (a note with a "Detalhe" under each "Parte" links to
     * either); when none is, an id no heading has (a slug holds no '#'), so the link is reported as broken.
     */
    private static String nestedHeading(Lesson lesson, String anchor) {
        List<String> parts = Arrays.stream(anchor.split("#")).map(String::strip).filter(p -> !p.isEmpty())
                .map(HeadingSlugger::slugify).toList();
        if (parts.isEmpty()) {
            return "";
        }
        List<HeadingInfo> enclosing = new ArrayList<>();
        for (HeadingInfo heading : lesson.parsed().headings()) {
            while (!enclosing.isEmpty() && enclosing.get(enclosing.size() - 1).level() >= heading.level()) {
                enclosing.remove(enclosing.size() - 1);
            }
            if (HeadingSlugger.slugify(heading.text()).equals(parts.get(parts.size() - 1))
                    && encloses(enclosing, parts.subList(0, parts.size() - 1))) {
                return heading.id();
            }
            enclosing.add(heading);
        }
        return parts.get(parts.size() - 1) + "#";
    }

    /** Whether the slugs of {@code enclosing}'s texts hold {@code parts}, in that order, maybe with others between. */
    private static boolean encloses(List<HeadingInfo> enclosing, List<String> parts) {
        int next = 0;
        for (HeadingInfo heading : enclosing) {
            if (next < parts.size() && HeadingSlugger.slugify(heading.text()).equals(parts.get(next))) {
                next++;
            }
        }
        return next == parts.size();
    }

    /** An Obsidian embed target: "Pasted image 2025.png". */
    public LinkTarget resolveEmbed(Lesson from, String written) {
        // ![[apostila.pdf#page=3]]: the file, without the place in it
        String target = written.contains("#") ? written.substring(0, written.indexOf('#')) : written;
        String name = target.contains("/") ? target.substring(target.lastIndexOf('/') + 1) : target;
        Optional<String> byPath = normalise(join(parent(from.parsed().source().relative()), target))
                .flatMap(attachments::atPath);
        Optional<String> found = byPath.or(() -> attachments.byName(name));
        if (found.isPresent()) {
            return new LinkTarget.Media(found.get());
        }
        String kind = EmbeddedMedia.element(name) != null ? EmbeddedMedia.element(name)
                : EmbeddedMedia.isImage(name) ? "image" : "file";
        return new LinkTarget.Missing(true, kind + " not found: " + target,
                "add '" + name + "' under content/ (any folder: embeds are found by name)");
    }

    private LinkTarget page(Lesson lesson, String anchor, String written) {
        if (anchor.startsWith("^") && !lesson.parsed().anchors().contains(anchor)) {
            return new LinkTarget.Missing(false, "broken anchor: '" + written + "' matches no block id of "
                    + lesson.displayPath(), "end the paragraph it points to with ' " + anchor + "'");
        }
        if (!anchor.isEmpty() && !lesson.parsed().anchors().contains(anchor)) {
            return new LinkTarget.Missing(false, "broken anchor: '" + written + "' matches no heading of "
                    + lesson.displayPath(), "anchors are heading ids such as #" + suggestion(lesson));
        }
        return new LinkTarget.Page(lesson, anchor);
    }

    private static String suggestion(Lesson lesson) {
        return lesson.parsed().headings().stream().map(HeadingInfo::id).findFirst().orElse("titulo-da-secao");
    }

    private boolean existsOutside(String fromDir, String path) {
        Path file = contentRoot.resolve(fromDir).resolve(path).normalize();
        return !file.startsWith(contentRoot) && Files.exists(file);
    }

    /** Resolves "." and ".." in a content-relative path; empty when it climbs out of content/. */
    static Optional<String> normalise(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String parent(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String join(String dir, String path) {
        return dir.isEmpty() ? path : dir + "/" + path;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String normal(String name) {
        return HeadingSlugger.slugify(name);
    }
}
