package lousa.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file under the site root, or to nothing. Anything that could reach outside the root
 * is refused rather than cleaned up: {@code .} and {@code ..} segments (plain or percent-encoded), encoded
 * slashes and backslashes, NUL, malformed escapes, and symbolic links whose target lies outside the root.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * @param root    the site folder, as a real path
     * @param rawPath the request's path, still percent-encoded ({@code URI.getRawPath()})
     */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty() || decoded.get().indexOf('\0') >= 0 || decoded.get().indexOf('\\') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : decoded.get().split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        Path candidate = root.resolve(String.join("/", segments)).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.exists(candidate)) {
            try {
                if (!candidate.toRealPath().startsWith(root)) {
                    return Optional.empty(); // a symbolic link out of the site
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** Percent-decoding of a path (no '+' for space), as UTF-8; empty when an escape is malformed. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
