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
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'lousa build'");
    }
}
