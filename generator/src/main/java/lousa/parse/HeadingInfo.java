package lousa.parse;

/** A heading of a lesson with the id it gets in the page; the TOC and anchor checks use these. */
public record HeadingInfo(int level, String id, String text, int line) {
}
