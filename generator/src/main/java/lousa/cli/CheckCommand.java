package lousa.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lousa.build.BuildOptions;
import lousa.check.ExternalCheck;
import lousa.check.LinkCache;
import lousa.check.LinkChecker;
import lousa.check.Sleeper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lousa check}: everything {@code build} verifies, without writing the site; external links on request. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check links, anchors, images and syntax of the course without writing the site.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildOptionsMixin common;

    @Option(names = "--external", description = "also request the external http(s) links, images and embeds"
            + " (broken ones are warnings; errors with --strict)")
    boolean external;

    @Option(names = "--link-cache", paramLabel = "FILE",
            description = "cache of external link answers, kept a day (default: $XDG_CACHE_HOME/lousa/links.json"
                    + " or ~/.cache/lousa/links.json)")
    Path linkCache;

    @Option(names = "--link-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time allowed for each external request (default: ${DEFAULT-VALUE})")
    int linkTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (linkTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--link-timeout must be at least 1 second");
        }
        BuildOptions options = new BuildOptions(common.content, null, common.strict, null, false, common.labs,
                common.theme);
        if (!external) {
            return BuildCommand.Runner.run(spec, common, options, null);
        }
        return BuildCommand.Runner.run(spec, common, options, null, (build, result) -> {
            LinkChecker.Settings defaults = LinkChecker.Settings.defaults();
            LinkChecker checker = new LinkChecker(defaults.withTimeouts(defaults.connectTimeout(),
                    Duration.ofSeconds(linkTimeout)), Clock.systemUTC(), Sleeper.REAL);
            LinkCache cache = LinkCache.load(linkCache != null ? linkCache : LinkCache.defaultFile(), Clock.systemUTC());
            ExternalCheck.Summary summary = new ExternalCheck(checker, cache)
                    .run(java.util.stream.Stream.concat(build.parsedLessons().stream(),
                            build.parsedPartials().stream()).toList(), result.diagnostics(), common.strict);
            List<String> lines = new ArrayList<>();
            if (summary.cacheProblem() != null) {
                lines.add("lousa: " + summary.cacheProblem());
            }
            lines.add(summary.line());
            return lines;
        });
    }
}
