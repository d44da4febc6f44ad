import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.parse.ParsedLesson;

/**
 * What {@code serve} does after a save, timed in process on a warm JVM: {@link Build#update} (save → pages and
 * search index written) for a body edit, a new heading, a new title and a sentence added, and the full warm rebuild
 * {@code serve} falls back to when a lesson moves. Prints the medians. The labs beside the content are read as
 * {@code serve} does.
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
        // A lesson (not a deck) in the middle of the course.
        java.util.List<ParsedLesson> lessons = build.parsedLessons().stream().filter(p -> !p.isDeck())
                .sorted(java.util.Comparator.comparing(p -> p.source().relative())).toList();
        ParsedLesson edited = lessons.get(lessons.size() / 2);
        Path file = edited.source().path();
        String original = Files.readString(file);
        double[] body = new double[runs];
        double[] heading = new double[runs];
        double[] renamed = new double[runs];
        double[] sentence = new double[runs];
        int[] sentenceFiles = new int[runs];
        double[] full = new double[runs];
        int[] renamedPages = new int[1];
        try {
            for (int run = 0; run < runs + 10; run++) {
                int slot = run - 10;
                double b = time(build, options, file, original + "\nParágrafo salvo na edição " + run + ".\n", null);
                double h = time(build, options, file, original + "\n## Seção nova " + run + "\n\nTexto.\n", null);
                double t = time(build, options, file, retitled(edited, original, " (rev. " + run + ")"),
                        renamedPages);
                // A sentence added to the lesson as it was: the section grows, and with it the BM25 length
                // factor of every term in it, so most saves like this rewrite many shards of the search index.
                time(build, options, file, original, null);
                int[] written = new int[1];
                double s = time(build, options, file,
                        original + "\nUma frase nova sobre o loop de eventos e as corrotinas " + run + ".\n", written);
                Files.writeString(file, original + "\nOutra edição " + run + ".\n");
                long start = System.nanoTime();
                build.run(options, site -> site.commitChanges());
                double f = (System.nanoTime() - start) / 1e6;
                if (slot >= 0) {
                    body[slot] = b;
                    heading[slot] = h;
                    renamed[slot] = t;
                    sentence[slot] = s;
                    sentenceFiles[slot] = written[0];
                    full[slot] = f;
                }
            }
        } finally {
            Files.writeString(file, original);
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf(Locale.ROOT, "%s (%d lessons), %d saves each, medians (min–max) in ms:%n",
                edited.source().relative(), build.parsedLessons().size(), runs);
        print("body edit → update", body);
        print("new heading → update", heading);
        print("new title → update (" + renamedPages[0] + " files written)", renamed);
        print("sentence added → update (" + median(sentenceFiles) + " files written)", sentence);
        print("full warm rebuild", full);
    }

    /** The lesson's text with its title, from the front matter or its first "# " heading, followed by a suffix. */
    private static String retitled(ParsedLesson lesson, String text, String suffix) {
        if (lesson.frontMatter().title().isPresent()) {
            return text.replaceFirst("(?m)^(title:\\s*[\"']?)(.*?)([\"']?)$", "$1$2" + suffix + "$3");
        }
        return text.replaceFirst("(?m)^(# .*)$", "$1" + suffix);
    }

    /** Saves the text, runs the update serve runs, and returns its time in ms; it must not fall back. */
    private static double time(Build build, BuildOptions options, Path file, String text, int[] written)
            throws Exception {
        Files.writeString(file, text);
        long start = System.nanoTime();
        Build.Update done = build.update(options, Set.of(file))
                .orElseThrow(() -> new IllegalStateException("the save fell back to the full build"));
        double ms = (System.nanoTime() - start) / 1e6;
        if (!done.result().written()) {
            throw new IllegalStateException("update failed: " + done.result().diagnostics().sorted());
        }
        if (written != null) {
            written[0] = done.changed().size();
        }
        return ms;
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-44s %8.1f  (%.1f–%.1f)%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
