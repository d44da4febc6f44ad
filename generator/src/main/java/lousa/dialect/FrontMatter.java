package lousa.dialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A lesson's front matter, whatever tool wrote it: Docusaurus ({@code title}, {@code slug},
 * {@code sidebar_position}), Hugo-style ({@code weight}) or Marp ({@code marp}, {@code theme}, directives).
 *
 * @param values the YAML mapping as loaded
 * @param line   1-based line of the opening fence, 0 when there is no front matter
 */
public record FrontMatter(Map<String, Object> values, int line) {

    public static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    public Optional<String> text(String key) {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip());
    }

    public Optional<String> title() {
        return text("title").filter(t -> !t.isEmpty());
    }

    public Optional<String> slug() {
        return text("slug").filter(t -> !t.isEmpty());
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

    /** Docusaurus's {@code hide_table_of_contents: true}: the page shows no "on this page" list. */
    public boolean hidesTableOfContents() {
        return isTrue("hide_table_of_contents");
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
     * Obsidian's {@code aliases:} (or {@code alias:}): other names a wiki link may find the lesson by, as a YAML list
     * or one string of names separated by commas.
     */
    public List<String> aliases() {
        Object value = values.containsKey("aliases") ? values.get("aliases") : values.get("alias");
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
