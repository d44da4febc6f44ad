package lousa.dialect.obsidian.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The player address of a YouTube or Vimeo link, for Obsidian's {@code ![](https://youtu.be/ID)}, which shows the
 * video where the note has it. YouTube's privacy-enhanced host is used (no cookies until the reader plays), and a
 * start time ({@code ?t=42}, {@code t=1m2s}) carries over.
 */
final class VideoEmbeds {

    /** A YouTube or Vimeo player to put in an iframe. */
    record Player(String src, String service) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern VIMEO_ID = Pattern.compile("/(?:video/)?(\\d{5,12})/?");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?");

    private VideoEmbeds() {
    }

    static Optional<Player> of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (host.equals("youtube.com") || host.endsWith(".youtube.com")) {
            if (path.equals("/watch")) {
                id = parameter(uri, "v");
            } else {
                for (String prefix : new String[] {"/shorts/", "/embed/", "/live/"}) {
                    if (path.startsWith(prefix)) {
                        id = path.substring(prefix.length());
                    }
                }
            }
        } else if (host.equals("vimeo.com") || host.equals("player.vimeo.com")) {
            Matcher m = VIMEO_ID.matcher(path);
            return m.matches() ? Optional.of(new Player("https://player.vimeo.com/video/" + m.group(1), "Vimeo"))
                    : Optional.empty();
        }
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        int start = seconds(parameter(uri, "t") != null ? parameter(uri, "t") : parameter(uri, "start"));
        return Optional.of(new Player("https://www.youtube-nocookie.com/embed/" + id
                + (start > 0 ? "?start=" + start : ""), "YouTube"));
    }

    private static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** "42", "42s", "1m2s", "1h2m3s" in seconds; 0 when absent or unreadable. */
    private static int seconds(String time) {
        if (time == null || time.isEmpty()) {
            return 0;
        }
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            return 0;
        }
        long total = 0;
        for (int group = 1, unit = 3600; group <= 3; group++, unit /= 60) {
            if (m.group(group) != null && m.group(group).length() < 7) {
                total += Long.parseLong(m.group(group)) * unit;
            }
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
