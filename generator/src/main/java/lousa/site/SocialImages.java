package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import lousa.diag.Reporter;
import lousa.load.Attachments;
import lousa.load.HttpUrls;
import lousa.render.LinkTarget;
import lousa.render.LinkTargets;
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
        return write(site, baseUrl, outline, null, null, file -> null);
    }

    /**
     * As above; a lesson whose front matter names an {@code image} (Docusaurus) gets that one instead of a drawn one:
     * a file of the course, copied beside the drawn ones, or an http(s) address.
     *
     * @param targets     finds the image as a lesson's images are found; null: no lesson's own image
     * @param attachments the course's files, to copy the image from
     * @param reporters   a reporter for a lesson's file, for an image that is not there
     */
    public static SiteMeta write(StagedSite site, String baseUrl, CourseOutline outline, LinkTargets targets,
                                 Attachments attachments, Function<String, Reporter> reporters) throws IOException {
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
        Set<String> chosen = ConcurrentHashMap.newKeySet();
        outline.lessons().parallelStream().forEach(lesson -> {
            String image;
            try {
                image = targets == null ? null : chosen(site, lesson, targets, attachments, reporters);
                if (image != null) {
                    chosen.add(lesson.path());
                    if (lesson.parsed().isDeck()) {
                        chosen.add(lesson.presentationPath());
                    }
                } else {
                    image = DIR + lesson.path().replaceFirst("\\.html$", "") + ".png";
                    site.write(image, SocialImage.png(course, lesson.title(), String.join(" · ",
                            lesson.sections().stream().filter(s -> !s.equalsIgnoreCase(course)).toList())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            images.put(lesson.path(), image);
            if (lesson.parsed().isDeck()) {
                images.put(lesson.presentationPath(), image);
            }
        });
        return SiteMeta.of(baseUrl, course, outline.config().language(), COURSE, new HashMap<>(images), chosen);
    }

    /**
     * The lesson's own preview image ({@code image:} in its front matter): an http(s) address as it is, or the site
     * path of the course file, found as its images are and copied into the site; null when it names none, or one
     * that is not there (a warning).
     */
    private static String chosen(StagedSite site, Lesson lesson, LinkTargets targets, Attachments attachments,
                                 Function<String, Reporter> reporters) throws IOException {
        String value = lesson.parsed().frontMatter().text("image").orElse("");
        if (value.isEmpty() || HttpUrls.is(value)) {
            return value.isEmpty() ? null : value;
        }
        if (targets.resolve(lesson, value, true) instanceof LinkTarget.Media media) {
            String found = media.contentPath();
            String target = DIR + lesson.path().replaceFirst("\\.html$", "") + found.substring(found.lastIndexOf('.'));
            site.copy(attachments.file(found), target);
            return target;
        }
        Reporter reporter = reporters.apply(lesson.displayPath());
        if (reporter != null) {
            reporter.warning(lesson.parsed().frontMatter().lineOf("image"), "preview image '" + value
                    + "' not found", "put the image under content/ (any folder), or remove 'image:' to keep the"
                    + " preview drawn from the title");
        }
        return null;
    }
}
