package lousa.check;

/**
 * What requesting one external URL found.
 *
 * @param status   the last HTTP status received, 0 when no answer came (timeout, reset, unknown host)
 * @param finalUrl where redirects ended; the URL itself when there were none
 * @param moved    a permanent redirect (301, 308) was followed: the link should point at {@code finalUrl}
 * @param problem  why the link is broken, empty when it is not
 * @param lasting  the answer is worth caching for a day: a success, or a 4xx that will not go away by waiting
 *                 (not a timeout, a reset, a 5xx or a 429)
 */
public record LinkStatus(String url, boolean ok, int status, String finalUrl, boolean moved, String problem,
                         boolean lasting) {

    static LinkStatus ok(String url, int status, String finalUrl, boolean moved) {
        return new LinkStatus(url, true, status, finalUrl, moved, "", true);
    }

    static LinkStatus broken(String url, int status, String finalUrl, String problem) {
        boolean lasting = status >= 400 && status < 500 && status != 408 && status != 429;
        return new LinkStatus(url, false, status, finalUrl, false, problem, lasting);
    }
}
