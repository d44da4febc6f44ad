package lousa.check;

/**
 * One external http(s) link, image or embed, where a lesson writes it.
 *
 * @param url  as written, without its {@code #fragment} (the fragment is never sent to the server)
 * @param file the lesson's path as shown in messages
 * @param line 1-based line of the link in the lesson
 */
public record ExternalLink(String url, String file, int line) {
}
