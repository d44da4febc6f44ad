package lousa.render;

import java.util.Set;
import lousa.diag.Reporter;
import lousa.site.Lesson;

/**
 * What the link resolver needs while one lesson renders.
 *
 * @param pagePath site path of the page the HTML lands on (the lesson page, or a deck's presentation page)
 * @param media    collects the content files the page uses, so only those are copied to the site
 */
public record LinkContext(Lesson lesson, String pagePath, LinkTargets targets, Reporter reporter, Set<String> media) {
}
