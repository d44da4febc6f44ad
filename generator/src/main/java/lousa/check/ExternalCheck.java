package lousa.check;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lousa.diag.Diagnostics;
import lousa.diag.Severity;
import lousa.parse.ParsedLesson;

/**
 * {@code check --external}: the external links of the lessons, each URL requested once (or read from the cache),
 * each broken one reported where every lesson writes it — a warning, since the internet is flaky, or an error
 * under {@code --strict} — and each permanent redirect as a note naming the final address.
 */
public final class ExternalCheck {

    static final String BROKEN = "broken external link %s: %s";
    static final String BROKEN_HINT = "fix or remove the link; if the site was only down, run the check again later";
    static final String MOVED = "%s redirects permanently to %s";
    static final String MOVED_HINT = "link to the final address";

    /** What the check did, for the one-line summary. */
    public record Summary(int checked, int broken, int fromCache, Duration time, String cacheProblem) {

        public String line() {
            String seconds = String.format(Locale.ROOT, "%.2f s", time.toNanos() / 1e9);
            return "lousa: external links — checked " + checked + (checked == 1 ? " URL, " : " URLs, ") + broken
                    + " broken, " + fromCache + " from cache in " + seconds;
        }
    }

    private final LinkChecker checker;
    private final LinkCache cache;

    public ExternalCheck(LinkChecker checker, LinkCache cache) {
        this.checker = checker;
        this.cache = cache;
    }

    public Summary run(List<ParsedLesson> lessons, Diagnostics diagnostics, boolean strict) throws InterruptedException {
        long start = System.nanoTime();
        List<ExternalLink> links = ExternalLinks.of(lessons);
        Set<String> urls = new LinkedHashSet<>();
        links.forEach(link -> urls.add(link.url()));

        Map<String, LinkStatus> results = new LinkedHashMap<>();
        List<String> toCheck = new ArrayList<>();
        for (String url : urls) {
            Optional<LinkStatus> cached = cache.get(url);
            cached.ifPresentOrElse(status -> results.put(url, status), () -> toCheck.add(url));
        }
        int fromCache = results.size();
        Map<String, LinkStatus> fresh = checker.check(toCheck);
        fresh.values().forEach(cache::put);
        results.putAll(fresh);
        String cacheProblem = null;
        try {
            cache.save();
        } catch (IOException e) {
            cacheProblem = "could not write the link cache " + cache.file() + ": " + e.getMessage();
        }

        Severity severity = strict ? Severity.ERROR : Severity.WARNING;
        for (ExternalLink link : links) {
            LinkStatus status = results.get(link.url());
            if (!status.ok()) {
                diagnostics.forFile(link.file()).report(severity, link.line(),
                        String.format(Locale.ROOT, BROKEN, link.url(), status.problem()), BROKEN_HINT);
            } else if (status.moved()) {
                diagnostics.forFile(link.file()).note(link.line(),
                        String.format(Locale.ROOT, MOVED, link.url(), status.finalUrl()), MOVED_HINT);
            }
        }
        int broken = (int) results.values().stream().filter(s -> !s.ok()).count();
        return new Summary(urls.size(), broken, fromCache, Duration.ofNanos(System.nanoTime() - start), cacheProblem);
    }
}
