package lousa.dialect.obsidian;

import java.util.Locale;
import java.util.Set;

/** The files an Obsidian embed ({@code ![[…]]}) plays in place rather than shows as an image, by extension. */
public final class EmbeddedMedia {

    /** Obsidian's list; webm is taken as video. */
    private static final Set<String> VIDEO = Set.of("mp4", "webm", "ogv", "mov", "mkv");
    private static final Set<String> AUDIO = Set.of("mp3", "wav", "m4a", "ogg", "3gp", "flac");

    /** What Obsidian shows as an image; any other file that is not a note is a link (a PDF, a viewer). */
    private static final Set<String> IMAGE = Set.of("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif",
            "ico", "tif", "tiff");

    private EmbeddedMedia() {
    }

    /** Whether the file is an image; a name without an extension is taken for one, as before. */
    public static boolean isImage(String fileName) {
        String extension = extension(fileName);
        return extension.isEmpty() || IMAGE.contains(extension);
    }

    /** Whether the file is a PDF, which Obsidian shows in a viewer ({@code ![[apostila.pdf#page=3]]}). */
    public static boolean isPdf(String fileName) {
        return extension(fileName).equals("pdf");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot < fileName.lastIndexOf('/') ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code "video"} or {@code "audio"}, the element that plays the file; null for an image. */
    public static String element(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return VIDEO.contains(extension) ? "video" : AUDIO.contains(extension) ? "audio" : null;
    }
}
