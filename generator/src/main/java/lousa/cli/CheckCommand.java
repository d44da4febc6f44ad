package lousa.cli;

import java.util.concurrent.Callable;
import lousa.build.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lousa check}: everything {@code build} verifies, without writing the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check links, anchors, images and syntax of the course without writing the site.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildOptionsMixin common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return BuildCommand.Runner.run(spec, common,
                new BuildOptions(common.content, null, common.strict, null, false, common.labs), null);
    }
}
