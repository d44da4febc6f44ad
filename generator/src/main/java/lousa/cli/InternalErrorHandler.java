package lousa.cli;

import lousa.build.LessonTooDeepException;
import lousa.write.StagedSite;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line: a refused output folder is bad usage (2); a file that cannot be read or
 * written is a problem of the machine (1), named with its path; anything else is a bug in Lousa (3), with the stack
 * trace only under {@code --debug}.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cli, CommandLine.ParseResult parsed) {
        // The build's parallel loops can only throw unchecked: a failed write reaches here wrapped.
        Exception e = thrown instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : thrown;
        boolean debug = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
        if (e instanceof StagedSite.UnsafeTargetException) {
            cli.getErr().println("lousa: " + e.getMessage() + " — choose an empty folder with --out");
            return 2;
        }
        if (e instanceof LessonTooDeepException deep) {
            cli.getErr().println(deep.diagnostic().format());
            return 1;
        }
        if (e instanceof java.io.IOException) {
            cli.getErr().println("lousa: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " — check the paths and permissions");
        } else {
            cli.getErr().println("lousa: internal error: " + e + " — rerun with --debug and report it");
        }
        if (debug) {
            e.printStackTrace(cli.getErr());
        }
        return e instanceof java.io.IOException ? 1 : 3;
    }
}
