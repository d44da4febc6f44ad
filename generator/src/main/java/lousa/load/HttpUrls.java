package lousa.load;

import java.util.regex.Pattern;

/** Whether a value an author wrote is a web address: {@code http://} or {@code https://}, then no blank. */
public final class HttpUrls {

    private static final Pattern HTTP = Pattern.compile("(?i)https?://\\S+");

    private HttpUrls() {
    }

    public static boolean is(String value) {
        return value != null && HTTP.matcher(value).matches();
    }
}
