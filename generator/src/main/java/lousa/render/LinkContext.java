package lousa.render;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lousa.diag.Reporter;
import lousa.site.Lesson;

/**
 * What the link resolver needs while one lesson renders.
 *
 * @param pagePath site path of the page the HTML lands on (the lesson page, or a deck's presentation page)
 * @param media    collects the content files the page uses, so only those are copied to the site
 * @param lookups  collects what its links found other lessons by: {@link #name} of a wiki link's name, {@link #anchor}
 *                 of a heading id; {@code serve} renders a lesson again when a saved lesson changes one of those
 */
public record LinkContext(Lesson lesson, String pagePath, LinkTargets targets, Reporter reporter, Set<String> media,
                          Set<String> lookups) {

    public LinkContext(Lesson lesson, String pagePath, LinkTargets targets, Reporter reporter, Set<String> media) {
        this(lesson, pagePath, targets, reporter, media, ConcurrentHashMap.newKeySet());
    }

    /**
     * This page, with the links of another lesson's text that it shows (an embed, a partial): resolved from that
     * lesson's file, made for this page; their messages go to {@code reporter}.
     */
    public LinkContext forTextOf(Lesson other, Reporter reporter) {
        return new LinkContext(other, pagePath, targets, reporter, media, lookups);
    }

    /** A lookup of a lesson by the name a wiki link wrote ({@link LinkTargets#nameKey}). */
    public static String name(String nameKey) {
        return "name:" + nameKey;
    }

    /** A lookup of a lesson's text, which the page shows in an embed ({@link NoteEmbeds}). */
    public static String embed(String lessonKey) {
        return "embed:" + lessonKey;
    }

    /** A lookup of a heading id in a lesson. */
    public static String anchor(String lessonKey, String id) {
        return "anchor:" + lessonKey + "#" + id;
    }
}
