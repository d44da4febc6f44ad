package lousa.dialect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's front matter, whatever tool wrote it: Docusaurus ({@code title}, {@code slug},
 * {@code sidebar_position}), Hugo-style ({@code weight}) or Marp ({@code marp}, {@code theme}, directives).
 *
 * @param values the YAML mapping as loaded
 * @param line   1-based line of the opening fence, 0 when there is no front matter
 * @param lines  the 1-based line of each top-level key, and of each key one level under one ("last_update.date"),
 *               for messages about its value
 */
public record FrontMatter(Map<String, Object> values, int line, Map<String, Integer> lines) {

    private static final Pattern AMERICAN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    public FrontMatter(Map<String, Object> values, int line) {
        this(values, line, Map.of());
    }

    /** The line of a key, for a message about its value; the fence's line when unknown. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, Math.max(1, line));
    }

    public Optional<String> text(String key) {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip());
    }

    public Optional<String> title() {
        return text("title").filter(t -> !t.isEmpty());
    }

    /** The lesson's URL path, when it is one the site can use ({@link #slugProblem}); else the file's name decides. */
    public Optional<String> slug() {
        return text("slug").filter(t -> !t.isEmpty() && slugProblem(t).isEmpty());
    }

    /**
     * Docusaurus's {@code id}: the lesson's name in its folder, in place of its file name, for its URL (when it has no
     * slug) and for {@code pagination_prev}/{@code pagination_next}; empty when it has none or one that cannot be a
     * name ({@link #idProblem}).
     */
    public Optional<String> id() {
        return text("id").filter(t -> !t.isEmpty() && idProblem(t).isEmpty());
    }

    /** Why an id cannot name a lesson: Docusaurus refuses a {@code /} in it, and it becomes a path segment. */
    public static Optional<String> idProblem(String id) {
        return id.indexOf('/') >= 0 ? Optional.of("has a '/'") : slugProblem(id);
    }

    /**
     * Why a slug cannot be a page's path, as Docusaurus refuses it (its {@code isValidPathname}): a {@code .} or
     * {@code ..} segment would write the page elsewhere, even outside the site; {@code ?} and {@code #} end a URL's
     * path; {@code \} is a folder on Windows and a {@code /} to a browser.
     */
    public static Optional<String> slugProblem(String slug) {
        for (String segment : slug.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("has a '" + segment + "' segment");
            }
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '?' || c == '#' || c == '\\') {
                return Optional.of("has a '" + c + "'");
            }
            if (Character.isISOControl(c)) {
                return Optional.of("has a control character");
            }
        }
        return Optional.empty();
    }

    public Optional<String> description() {
        return text("description");
    }

    /** Order among siblings: {@code sidebar_position} (Docusaurus) or {@code weight} (Hugo, Quarto-like). */
    public OptionalDouble position() {
        for (String key : new String[] {"sidebar_position", "weight", "order"}) {
            Object value = values.get(key);
            if (value instanceof Number n) {
                return OptionalDouble.of(n.doubleValue());
            }
            if (value != null) {
                try {
                    return OptionalDouble.of(Double.parseDouble(String.valueOf(value).strip()));
                } catch (NumberFormatException ignored) {
                    // reported by FrontMatterReader
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** Docusaurus's {@code sidebar_label}: a shorter name for the lesson in the sidebar and the prev/next links. */
    public Optional<String> sidebarLabel() {
        return text("sidebar_label").filter(t -> !t.isEmpty());
    }

    /**
     * Docusaurus's {@code hide_title}: the page's heading is hidden (kept for screen readers). An h1 the markdown
     * opens with still heads the page, as in Docusaurus.
     */
    public boolean hidesTitle() {
        return isTrue("hide_title");
    }

    /**
     * Docusaurus's {@code unlisted: true}: the page is published, for whoever has its link, but no list of the site
     * shows it (sidebar, prev/next, category cards, tags, search, sitemap) and search engines are asked not to index it.
     */
    public boolean unlisted() {
        return isTrue("unlisted");
    }

    /** Docusaurus's {@code hide_table_of_contents: true}: the page shows no "on this page" list. */
    public boolean hidesTableOfContents() {
        return isTrue("hide_table_of_contents");
    }

    /**
     * Docusaurus's {@code toc_min_heading_level} and {@code toc_max_heading_level}: the heading levels the page's table
     * of contents lists, 2 and 3 unless given (each from 2 to 6; {@link FrontMatterReader} reports others).
     *
     * @return {min, max}
     */
    public int[] tocLevels() {
        int min = level("toc_min_heading_level", 2);
        int max = level("toc_max_heading_level", Math.max(3, min));
        return min <= max ? new int[] {min, max} : new int[] {2, 3};
    }

    private int level(String key, int fallback) {
        Object value = values.get(key);
        int level = value instanceof Number n ? n.intValue() : -1;
        return level >= 2 && level <= 6 ? level : fallback;
    }

    /**
     * Docusaurus's {@code pagination_prev} / {@code pagination_next}: absent (the reading order decides), null (no
     * link), or the lesson to link to.
     *
     * @param key "pagination_prev" or "pagination_next"
     * @return empty when absent; an empty string for null; else the target as written
     */
    public Optional<String> pagination(String key) {
        return nullable(key);
    }

    /** Docusaurus's {@code pagination_label}: the lesson's name in its neighbours' prev/next links. */
    public Optional<String> paginationLabel() {
        return text("pagination_label").filter(t -> !t.isEmpty());
    }

    /**
     * Docusaurus's {@code custom_edit_url}: absent (the course's {@code edit_url} decides), null (no link), or the
     * address of this lesson's edit page.
     */
    public Optional<String> customEditUrl() {
        return nullable("custom_edit_url");
    }

    /** A key Docusaurus reads as absent, null or a value: empty, "", or the value. */
    private Optional<String> nullable(String key) {
        if (!values.containsKey(key)) {
            return Optional.empty();
        }
        Object value = values.get(key);
        return Optional.of(value == null ? "" : String.valueOf(value).strip());
    }

    /**
     * Docusaurus's {@code last_update: {date: …}}: when the lesson last changed, in place of its git history's date
     * (an author who moved files, or copied lessons from another repository). Empty when absent or unreadable
     * ({@link FrontMatterReader} reports the latter).
     */
    public Optional<OffsetDateTime> lastUpdate() {
        return values.get("last_update") instanceof Map<?, ?> update ? date(update.get("date")) : Optional.empty();
    }

    /**
     * Docusaurus's {@code last_update: {author: …}}: who last changed the lesson, in place of its git history's
     * author. Empty when absent or blank.
     */
    public Optional<String> lastUpdateAuthor() {
        return values.get("last_update") instanceof Map<?, ?> update && update.get("author") != null
                ? Optional.of(String.valueOf(update.get("author")).strip()).filter(a -> !a.isEmpty())
                : Optional.empty();
    }

    /**
     * A date as Docusaurus reads one (JavaScript's {@code new Date}): {@code 2025-03-14}, a full ISO date and time
     * with its offset, or the American {@code 3/14/2025} of Docusaurus' own example. A day without a time is that
     * day wherever the site is read (UTC midnight, shown in UTC).
     */
    static Optional<OffsetDateTime> date(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        try {
            if (text.length() > 10) {
                return Optional.of(OffsetDateTime.parse(text));
            }
            Matcher american = AMERICAN_DATE.matcher(text);
            LocalDate day = american.matches() ? LocalDate.of(Integer.parseInt(american.group(3)),
                    Integer.parseInt(american.group(1)), Integer.parseInt(american.group(2))) : LocalDate.parse(text);
            return Optional.of(day.atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Docusaurus's {@code draft: true}: the lesson is previewed by {@code serve} but not published. */
    public boolean isDraft() {
        return isTrue("draft");
    }

    /** The tags the front matter gives: {@code tags:} (Obsidian, Docusaurus) or Obsidian's singular {@code tag:}. */
    public List<String> tags() {
        Object value = values.containsKey("tags") ? values.get("tags") : values.get("tag");
        return Tags.fromFrontMatter(value);
    }

    /**
     * Docusaurus's {@code keywords:} (a list, or one string separated by commas): words the lesson is about, for
     * search.
     */
    public List<String> keywords() {
        return list(values.get("keywords"));
    }

    /**
     * Obsidian's {@code aliases:} (or {@code alias:}): other names a wiki link may find the lesson by, as a YAML list
     * or one string of names separated by commas.
     */
    public List<String> aliases() {
        return list(values.containsKey("aliases") ? values.get("aliases") : values.get("alias"));
    }

    /** A YAML list of names, or one string of names separated by commas; blank names dropped. */
    private static List<String> list(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.stream().filter(Objects::nonNull).map(String::valueOf).forEach(names::add);
        } else if (value != null) {
            names.addAll(Arrays.asList(String.valueOf(value).split(",")));
        }
        return names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private boolean isTrue(String key) {
        Object value = values.get(key);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value).strip());
    }

    /** Marp decks say {@code marp: true}. */
    public boolean isDeck() {
        return Boolean.TRUE.equals(values.get("marp")) || "true".equals(String.valueOf(values.get("marp")));
    }
}
