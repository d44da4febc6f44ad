package lousa.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Marpit keywords of an image's alt text: {@code bg}, its side and size ({@code left:40%}, {@code fit}, …),
 * {@code w:}/{@code h:} sizing and CSS filters. What is not a keyword stays the alternative text.
 *
 * @param background  the image is a slide background ({@code bg})
 * @param split       "left", "right" or ""
 * @param splitSize   "50%" unless given as {@code left:40%}
 * @param vertical    backgrounds stack vertically
 * @param size        CSS background-size keyword or value, or "" when not given
 * @param width       CSS width ({@code w:200px}), or ""
 * @param height      CSS height ({@code h:100px}), or ""
 * @param filter      CSS filter list, or ""
 * @param alt         remaining alternative text
 */
record ImageKeywords(boolean background, String split, String splitSize, boolean vertical, String size,
                     String width, String height, String filter, String alt) {

    private static final Map<String, String> FILTER_DEFAULTS = Map.ofEntries(
            Map.entry("blur", "10px"), Map.entry("brightness", "1.5"), Map.entry("contrast", "2"),
            Map.entry("drop-shadow", "0,5px,10px,rgba(0,0,0,.4)"), Map.entry("grayscale", "1"),
            Map.entry("hue-rotate", "180deg"), Map.entry("invert", "1"), Map.entry("opacity", ".5"),
            Map.entry("saturate", "2"), Map.entry("sepia", "1"));

    private static final Pattern SPLIT = Pattern.compile("(left|right)(?::(\\d+(?:\\.\\d+)?%))?");
    private static final Pattern LENGTH = Pattern.compile("(w|width|h|height):(.+)");
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?%");

    static ImageKeywords parse(String altText) {
        boolean background = false;
        String split = "";
        String splitSize = "";
        boolean vertical = false;
        String size = "";
        String width = "";
        String height = "";
        List<String> filters = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String word : altText.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            Matcher splitMatch = SPLIT.matcher(lower);
            Matcher length = LENGTH.matcher(lower);
            int colon = lower.indexOf(':');
            String filterName = colon < 0 ? lower : lower.substring(0, colon);
            if (lower.equals("bg")) {
                background = true;
            } else if (splitMatch.matches()) {
                split = splitMatch.group(1);
                splitSize = splitMatch.group(2) == null ? "50%" : splitMatch.group(2);
            } else if (lower.equals("vertical")) {
                vertical = true;
            } else if (lower.equals("fit") || lower.equals("contain")) {
                size = "contain";
            } else if (lower.equals("cover") || lower.equals("auto")) {
                size = lower;
            } else if (PERCENT.matcher(lower).matches()) {
                size = lower;
            } else if (length.matches()) {
                if (length.group(1).startsWith("w")) {
                    width = withUnit(length.group(2));
                } else {
                    height = withUnit(length.group(2));
                }
            } else if (FILTER_DEFAULTS.containsKey(filterName)) {
                String value = colon < 0 ? FILTER_DEFAULTS.get(filterName) : word.substring(colon + 1);
                filters.add(filterName + "(" + value.replace(',', ' ') + ")");
            } else {
                rest.add(word);
            }
        }
        // Words like "left" only mean something on a background image; elsewhere they are alt text.
        if (!background) {
            if (!split.isEmpty()) {
                rest.add(0, split);
            }
            split = "";
            splitSize = "";
        }
        return new ImageKeywords(background, split, splitSize, vertical, size, width, height,
                String.join(" ", filters), String.join(" ", rest));
    }

    /** CSS background-size for a background image: its keyword, else w/h, else cover. */
    String backgroundSize() {
        if (!size.isEmpty()) {
            return size;
        }
        if (!width.isEmpty() || !height.isEmpty()) {
            return (width.isEmpty() ? "auto" : width) + " " + (height.isEmpty() ? "auto" : height);
        }
        return "cover";
    }

    private static String withUnit(String value) {
        return value.matches("\\d+(\\.\\d+)?") ? value + "px" : value;
    }
}
