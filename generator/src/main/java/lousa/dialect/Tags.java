package lousa.dialect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lesson tags, as Obsidian ({@code #asyncio} in the text, {@code tags:} in the properties) and Docusaurus
 * ({@code tags: [a, b]}) write them. Tags are case-insensitive, as in Obsidian: {@code #AsyncIO} and
 * {@code #asyncio} are one tag, shown as first written.
 */
public final class Tags {

    /** The site page that lists every tag and its lessons. */
    public static final String PAGE = "tags.html";

    private Tags() {
    }

    /** The label as written, without a leading {@code #} and surrounding blanks; "" when nothing is left. */
    public static String label(String written) {
        String label = written.strip();
        while (label.startsWith("#")) {
            label = label.substring(1);
        }
        return label.strip();
    }

    /** The anchor of a tag on the tags page: lower case, blanks and slashes as hyphens ("a/b" → "a-b"). */
    public static String slug(String label) {
        StringBuilder slug = new StringBuilder(label.length());
        for (char c : label.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            slug.append(Character.isWhitespace(c) || c == '/' ? '-' : c);
        }
        return slug.toString();
    }

    /** Whether a character may be part of an Obsidian tag: letters, digits, {@code _}, {@code -} and {@code /}. */
    public static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/';
    }

    /** The labels, one per tag (by {@link #slug}), first written first; empty labels are dropped. */
    public static List<String> distinct(Collection<String> labels) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String written : labels) {
            String label = label(written);
            if (!label.isEmpty()) {
                bySlug.putIfAbsent(slug(label), label);
            }
        }
        return List.copyOf(bySlug.values());
    }

    /**
     * The tags of a front matter value: a YAML list of names (Obsidian, Docusaurus) or of Docusaurus's
     * {@code {label: …, permalink: …}} objects, or one string of names separated by commas or blanks (Obsidian's
     * older form).
     */
    public static List<String> fromFrontMatter(Object value) {
        List<String> labels = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> object) {
                    Object label = object.get("label");
                    if (label != null) {
                        labels.add(String.valueOf(label));
                    }
                } else if (item != null) {
                    labels.add(String.valueOf(item));
                }
            }
        } else if (value != null) {
            for (String part : String.valueOf(value).split("[,\\s]+")) {
                labels.add(part);
            }
        }
        return distinct(labels);
    }
}
