package lousa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code lousa.jar}: parses the command line and runs a command. */
@Command(name = "lousa",
        mixinStandardHelpOptions = true,
        version = "Lousa 0.1.0",
        description = "Renders a course written in markdown (Obsidian, Docusaurus/MDX, Marp) into a static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the content has errors (or warnings, with --strict)",
            "2:bad usage",
            "3:internal error (rerun with --debug and report it)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code instead of exiting, for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler: errors would end the JVM with a stack trace
            cli.getErr().println("lousa: out of memory — give Java a larger heap, e.g. LOUSA_JAVA_OPTS=-Xmx4g"
                    + " ./lousa " + String.join(" ", args));
            return 1;
        } catch (StackOverflowError e) {
            cli.getErr().println("lousa: internal error: " + e + " — rerun with --debug and report it");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(cli.getErr());
            }
            return 3;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'lousa build'");
    }
}
