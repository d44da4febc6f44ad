package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lousa.write.StagedSite;

/**
 * Writes the social preview images ({@code og:image}) when the base URL is known (they are only ever referenced
 * by absolute URL): one for the course, {@value #COURSE}, and one per lesson under {@value #DIR} with the lesson's
 * title on the same card. Without a base URL nothing is drawn.
 */
public final class SocialImages {

    public static final String DIR = "assets/social/";
    public static final String COURSE = DIR + "course.png";

    private SocialImages() {
    }

    /** Draws the images into the site and returns the site's meta; {@link SiteMeta#NONE} without a base URL. */
    public static SiteMeta write(StagedSite site, String baseUrl, CourseOutline outline) throws IOException {
        if (baseUrl == null || baseUrl.isBlank()) {
            return SiteMeta.NONE;
        }
        String course = outline.config().title();
        try {
            site.write(COURSE, SocialImage.png("", course, outline.config().description()));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // Java2D needs a font from the system (fontconfig); a bare container may have none. Pages keep their
            // canonical and OpenGraph meta, without og:image.
            System.err.println("lousa: warning: no social preview image (" + e + "); install fonts-dejavu-core");
            return SiteMeta.of(baseUrl, course, outline.config().language(), null, Map.of());
        }
        Map<String, String> images = new ConcurrentHashMap<>();
        outline.lessons().parallelStream().forEach(lesson -> {
            String image = DIR + lesson.path().replaceFirst("\\.html$", "") + ".png";
            try {
                site.write(image, SocialImage.png(course, lesson.title(), String.join(" · ",
                        lesson.sections().stream().filter(s -> !s.equalsIgnoreCase(course)).toList())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            images.put(lesson.path(), image);
            if (lesson.parsed().isDeck()) {
                images.put(lesson.presentationPath(), image);
            }
        });
        return SiteMeta.of(baseUrl, course, outline.config().language(), COURSE, new HashMap<>(images));
    }
}
