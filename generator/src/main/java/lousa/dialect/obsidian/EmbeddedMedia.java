package lousa.dialect.obsidian;

import java.util.Locale;
import java.util.Set;

/** The files an Obsidian embed ({@code ![[…]]}) plays in place rather than shows as an image, by extension. */
public final class EmbeddedMedia {

    /** Obsidian's list; webm is taken as video. */
    private static final Set<String> VIDEO = Set.of("mp4", "webm", "ogv", "mov", "mkv");
    private static final Set<String> AUDIO = Set.of("mp3", "wav", "m4a", "ogg", "3gp", "flac");

    private EmbeddedMedia() {
    }

    /** {@code "video"} or {@code "audio"}, the element that plays the file; null for an image. */
    public static String element(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return VIDEO.contains(extension) ? "video" : AUDIO.contains(extension) ? "audio" : null;
    }
}
