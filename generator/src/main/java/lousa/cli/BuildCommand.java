package lousa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lousa build}: renders the course into a static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render the course into a static site (written aside, swapped in when complete).")
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildOptionsMixin common;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "public URL of the site, e.g. https://user.github.io/repo/ (for sitemap.xml and canonical links;"
                    + " pages always link relatively)")
    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return Runner.run(spec, common,
                new BuildOptions(common.content, out, common.strict, baseUrl, true, common.labs, common.theme), out);
    }

    /** Shared by build and check: validate, run, print diagnostics and the summary, map to an exit code. */
    static final class Runner {

        private Runner() {
        }

        /** A step after the build that may add diagnostics, and returns lines to print before the summary. */
        @FunctionalInterface
        interface AfterBuild {
            java.util.List<String> run(Build build, BuildResult result) throws Exception;
        }

        static int run(CommandLine.Model.CommandSpec spec, BuildOptionsMixin common, BuildOptions options, Path out)
                throws Exception {
            return run(spec, common, options, out, (build, result) -> java.util.List.of());
        }

        static int run(CommandLine.Model.CommandSpec spec, BuildOptionsMixin common, BuildOptions options, Path out,
                       AfterBuild after) throws Exception {
            if (!Files.isDirectory(common.content)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "content folder not found: " + common.content.toAbsolutePath()
                                + " (run from the repository root, or pass --content DIR)");
            }
            if (common.theme != null && !Files.isDirectory(common.theme)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "theme folder not found: " + common.theme.toAbsolutePath());
            }
            if (options.baseUrl() != null && !options.baseUrl().matches("https?://\\S+")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base-url must be an absolute http(s) URL, e.g. https://user.github.io/repo/");
            }
            Build build = options.write() ? new Build() : Build.keepingLessons();
            BuildResult result = build.run(options);
            java.util.List<String> lines = after.run(build, result);
            result.diagnostics().sorted().forEach(d -> System.err.println(d.format()));
            result.report().forEach(System.out::println);
            lines.forEach(System.out::println);
            System.out.println(result.summary(out == null ? "" : out.toString()));
            return result.failed() || result.diagnostics().failed(options.strict()) ? 1 : 0;
        }
    }
}
