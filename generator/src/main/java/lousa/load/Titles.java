package lousa.load;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives titles and order from file and folder names such as {@code 02-loop-de-eventos.md}. */
public final class Titles {

    private static final Pattern PREFIX = Pattern.compile("^(\\d+)[-_. ]+");

    private Titles() {
    }

    /** "02-loop-de-eventos.md" becomes "Loop de eventos". */
    public static String humanize(String fileName) {
        String stem = stripPrefix(stripExtension(fileName)).replace('-', ' ').replace('_', ' ').strip();
        if (stem.isEmpty()) {
            return fileName;
        }
        return stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1);
    }

    /** "02-loop-de-eventos.md" becomes "loop-de-eventos". */
    public static String slugOfName(String fileName) {
        String stem = stripPrefix(stripExtension(fileName));
        return stem.isEmpty() ? stripExtension(fileName) : stem;
    }

    /** The number a file or folder name starts with, used for ordering. */
    public static OptionalInt prefixNumber(String fileName) {
        Matcher m = PREFIX.matcher(fileName);
        if (m.find() && m.group(1).length() < 9) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return OptionalInt.empty();
    }

    /** "aula.md" becomes "aula". */
    public static String stripExtensionOf(String fileName) {
        return stripExtension(fileName);
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String stripPrefix(String name) {
        Matcher m = PREFIX.matcher(name);
        return m.find() ? name.substring(m.end()) : name;
    }
}
