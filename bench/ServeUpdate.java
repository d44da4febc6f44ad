import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.parse.ParsedLesson;

/**
 * What {@code serve} does after a save, timed in process on a warm JVM: {@link Build#update} for a body edit
 * (save → page and search index written), and the full warm rebuild {@code serve} falls back to when a title
 * changes. Prints the medians. The labs beside the content are read as {@code serve} does.
 *
 * <pre>java -cp generator/target/lousa.jar bench/ServeUpdate.java CONTENT_DIR [RUNS]</pre>
 */
public final class ServeUpdate {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path folder = Files.createTempDirectory("lousa-serve-update-");
        BuildOptions options = new BuildOptions(content, folder.resolve("site"), false, null, true);
        Build build = Build.keepingLessons();
        build.run(options, site -> site.commitChanges());
        ParsedLesson edited = build.parsedLessons().stream().filter(p -> !p.isDeck())
                .skip(build.parsedLessons().size() / 2).findFirst().orElseThrow();
        Path file = edited.source().path();
        String original = Files.readString(file);
        double[] update = new double[runs];
        double[] full = new double[runs];
        try {
            for (int run = 0; run < runs + 10; run++) {
                Files.writeString(file, original + "\nParágrafo salvo na edição " + run + ".\n");
                long start = System.nanoTime();
                Build.Update done = build.update(options, Set.of(file)).orElseThrow();
                if (!done.result().written()) {
                    throw new IllegalStateException("update failed: " + done.result().diagnostics().sorted());
                }
                double updateMs = (System.nanoTime() - start) / 1e6;
                Files.writeString(file, original + "\nOutra edição " + run + ".\n");
                start = System.nanoTime();
                build.run(options, site -> site.commitChanges());
                double fullMs = (System.nanoTime() - start) / 1e6;
                if (run >= 10) {
                    update[run - 10] = updateMs;
                    full[run - 10] = fullMs;
                }
            }
        } finally {
            Files.writeString(file, original);
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Arrays.sort(update);
        Arrays.sort(full);
        System.out.printf(Locale.ROOT, "%s (%d lessons), %d saves: update median %.1f ms (min %.1f, max %.1f);"
                        + " full warm rebuild median %.1f ms (min %.1f, max %.1f)%n", edited.source().relative(),
                build.parsedLessons().size(), runs, update[runs / 2], update[0], update[runs - 1], full[runs / 2],
                full[0], full[runs - 1]);
    }
}
