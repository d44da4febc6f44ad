package lousa.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import lousa.build.BuildOptions;
import lousa.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lousa serve}: builds, serves on loopback, rebuilds on save and reloads the open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the course, serve it at http://127.0.0.1:8000/ and rebuild and reload on every save"
                + " (the site is kept in a temporary folder; Ctrl-C stops).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    BuildOptionsMixin common;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to"
                    + " the network)")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(common.content)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "content folder not found: " + common.content.toAbsolutePath()
                            + " (run from the repository root, or pass --content DIR)");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host: unknown address " + host);
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("lousa: warning: serving on " + host + " — anyone who can reach this machine can read"
                    + " the preview; use the default 127.0.0.1 unless you mean it");
        }
        Preview preview;
        try {
            preview = Preview.start(new BuildOptions(common.content, null, common.strict, null, true, common.labs,
                    common.theme),
                    host, port, System.out, System.err);
        } catch (BindException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ") — is another server using it?"
                            + " Pass --port N");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
                System.out.println("lousa: stopped");
            } catch (Exception e) {
                System.err.println("lousa: could not delete " + preview.site() + ": " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "lousa-stop"));
        System.out.println("lousa: serving " + preview.uri() + " — watching " + String.join(", ",
                preview.watchedRoots().stream().map(ServeCommand::display).toList()) + " (Ctrl-C stops)");
        stopped.await();
        return 0;
    }

    private static String display(java.nio.file.Path path) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path) + "/" : path.toString();
    }
}
