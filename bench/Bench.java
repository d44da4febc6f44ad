import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The build benchmark: Lousa against Hugo on the same synthetic course, N = 100, 1 000, 10 000 lessons, plus the
 * real seed course and the first-load weight of a lesson page. Every build is a fresh process timed by GNU time
 * (wall, user + sys CPU, peak RSS); runs of the two tools alternate in pairs, the first of a pair alternating too,
 * so load from other processes and a disk that slows down within a round fall on both; the table shows medians and
 * the median of the pairs' ratios. Start it with {@code bench/run} (which installs GNU time and Hugo when missing and
 * builds the jar), or directly:
 *
 * <p>Lousa runs as users run it, through the {@code ./lousa} launcher, with {@code --java-opts} (default
 * {@code -Xmx1g}: the 10 000-lesson course must build in 1 GiB of heap) in {@code LOUSA_JAVA_OPTS}; {@code --plain}
 * runs {@code java -jar} instead. The seed course is timed both ways.
 *
 * <p>{@code --sites DIR} writes both tools' sites under another folder than {@code --work}: {@code /dev/shm} takes the
 * disk out of the comparison (on this machine's journal-less ext4, creating a file right after the previous site
 * was deleted costs a scan of the inodes just freed, and Lousa writes twice as many files as Hugo; see README).
 *
 * <pre>java bench/Bench.java [--sizes 100,1000,10000] [--runs 5] [--work DIR] [--sites DIR] [--jar PATH]
 *     [--java-opts "…"] [--no-hugo] [--plain] [--seed-runs N] [--content DIR]</pre>
 */
public final class Bench {

    /** A stylesheet or script the page's head loads: async ones too (the highlighter), which download at once. */
    private static final Pattern ASSET = Pattern.compile(
            "<(?:link rel=\"stylesheet\" href|script[^>]*? src)=\"([^\"]+)\"");

    private int runs = 5;
    private int seedRuns = 10;
    private List<Integer> sizes = List.of(100, 1000, 10000);
    private Path work = Path.of("target/bench");
    /** Where the built sites go, one folder per course size; null: beside each course, under {@link #work}. */
    private Path sites;
    private Path jar = Path.of("generator/target/lousa.jar");
    private Path seed = Path.of("content");
    private List<String> javaOpts = List.of("-Xmx1g");
    private boolean hugo = true;
    /** Run {@code java -jar} instead of the {@code ./lousa} launcher (class-data archive, C1 for builds). */
    private boolean plain;

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> bench.runs = Integer.parseInt(args[++i]);
                case "--seed-runs" -> bench.seedRuns = Integer.parseInt(args[++i]);
                case "--sizes" -> bench.sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--work" -> bench.work = Path.of(args[++i]);
                case "--sites" -> bench.sites = Path.of(args[++i]);
                case "--jar" -> bench.jar = Path.of(args[++i]);
                case "--content" -> bench.seed = Path.of(args[++i]);
                case "--java-opts" -> bench.javaOpts = args[++i].isBlank() ? List.of() : List.of(args[i].split(" "));
                case "--no-hugo" -> bench.hugo = false;
                case "--plain" -> bench.plain = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        bench.run();
    }

    /** One timed run: seconds of wall and CPU time, peak resident memory in MiB. */
    record Sample(double wall, double cpu, double rssMiB) {
    }

    void run() throws Exception {
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "Lousa %s (%s), %s; %d cores; sites in %s; %s%n", jar,
                plain ? "java -jar" : "./lousa", String.join(" ", javaOpts), Runtime.getRuntime().availableProcessors(),
                sites == null ? work : sites, hugo ? version("hugo", "version") : "no Hugo");
        System.out.printf(Locale.ROOT, "load average before: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-7s %-6s %9s %9s %9s %12s %12s  %s", "lessons", "tool", "wall s",
                "cpu s", "rss MiB", "ms/lesson", "Lousa/Hugo", "paired (min–max)"));
        for (int n : sizes) {
            Path course = work.resolve("course-" + n);
            if (!Files.exists(course.resolve(".complete"))) {
                System.out.printf("writing the synthetic course of %d lessons…%n", n);
                exec(List.of(javaBin(), "bench/CourseWriter.java", String.valueOf(n), course.toString()), true);
                Files.writeString(course.resolve(".complete"), "");
            }
            Path siteDir = sites == null ? course : sites.resolve("course-" + n);
            Files.createDirectories(siteDir);
            Path lousaSite = siteDir.resolve("site-lousa");
            Path hugoSite = siteDir.resolve("site-hugo");
            List<Sample> lousa = new ArrayList<>();
            List<Sample> hugoRuns = new ArrayList<>();
            List<String> hugoCommand = List.of("hugo", "--quiet", "-s", course.resolve("hugo").toString(), "-d",
                    hugoSite.toAbsolutePath().toString());
            for (int r = 0; r < runs; r++) {
                // Each round is a pair; who goes first alternates (Lousa, Hugo; then Hugo, Lousa; …), because on this
                // disk a build tends to be slower than the one before it, and the second of a pair would always pay.
                boolean hugoFirst = hugo && r % 2 == 1;
                if (hugoFirst) {
                    hugoRuns.add(timed(hugoCommand, hugoSite));
                }
                lousa.add(timed(lousaCommand(course.resolve("content"), lousaSite), lousaSite));
                if (hugo && !hugoFirst) {
                    hugoRuns.add(timed(hugoCommand, hugoSite));
                }
                System.out.printf(Locale.ROOT, "  N=%d run %d: lousa %s%s%n", n, r + 1, show(lousa.get(r)),
                        hugo ? ", hugo " + show(hugoRuns.get(r)) + (hugoFirst ? " (hugo first)" : "") : "");
            }
            Sample l = median(lousa);
            table.add(row(n, "lousa", l, hugo ? median(hugoRuns).wall() : 0,
                    hugo ? pairedRatios(lousa, hugoRuns) : ""));
            if (hugo) {
                table.add(row(n, "hugo", median(hugoRuns), 0, ""));
            }
        }
        System.out.printf("%nMedians of %d runs, alternating Lousa and Hugo (who goes first alternates too); paired:"
                + " the median of each round's Lousa/Hugo ratio, with the lowest and highest:%n", runs);
        table.forEach(System.out::println);

        // serve: save → pages rebuilt and written, in a warm JVM (bench/ServeUpdate.java).
        int served = sizes.contains(1000) ? 1000 : sizes.get(0);
        System.out.println();
        System.out.print(exec(List.of(javaBin(), "-cp", jar.toString(), "bench/ServeUpdate.java",
                work.resolve("course-" + served).resolve("content").toString(), "20"), false));
        // serve end to end: save → the page served with the new text (watcher, debounce, update, HTTP).
        System.out.print(exec(List.of(javaBin(), "-cp", jar.toString(), "bench/ServeLatency.java",
                work.resolve("course-" + served).resolve("content").toString(), "20"), false));

        if (Files.isDirectory(seed)) {
            List<Sample> seedRunsList = new ArrayList<>();
            Path out = work.resolve("seed-site");
            List<Sample> seedPlain = new ArrayList<>();
            for (int r = 0; r < seedRuns; r++) {
                seedRunsList.add(timed(lousaCommand(seed, out, false), out));
                seedPlain.add(timed(lousaCommand(seed, out, true), out));
            }
            System.out.printf(Locale.ROOT, "%nSeed course (%s), median of %d:%n  ./lousa build      %s%n"
                    + "  java -jar … build  %s%n", seed, seedRuns, show(median(seedRunsList)), show(median(seedPlain)));
            pageWeight(out);
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private List<String> lousaCommand(Path content, Path out) {
        return lousaCommand(content, out, plain);
    }

    private List<String> lousaCommand(Path content, Path out, boolean plainJava) {
        List<String> command = new ArrayList<>();
        if (plainJava) {
            command.add(javaBin());
            command.addAll(javaOpts);
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("env", "LOUSA_JAVA_OPTS=" + String.join(" ", javaOpts), "./lousa"));
        }
        command.addAll(List.of("build", "--content", content.toString(), "--out", out.toString()));
        return command;
    }

    private static String row(int n, String tool, Sample s, double hugoWall, String paired) {
        return String.format(Locale.ROOT, "%-7d %-6s %9.2f %9.2f %9.0f %12.3f %12s  %s", n, tool, s.wall(), s.cpu(),
                s.rssMiB(), 1000 * s.wall() / n, hugoWall > 0 ? String.format(Locale.ROOT, "%.2f", s.wall() / hugoWall)
                        : "", paired);
    }

    /**
     * The Lousa/Hugo wall-time ratio of each round, as "median (min–max)": both builds of a round run back to back, so
     * a slow spell of the machine or the disk weighs on both, where a ratio of medians may pair a lucky run of one
     * tool with an unlucky run of the other.
     */
    static String pairedRatios(List<Sample> lousa, List<Sample> hugo) {
        double[] ratios = new double[lousa.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = lousa.get(i).wall() / hugo.get(i).wall();
        }
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(ratios), Arrays.stream(ratios).min().orElse(0),
                Arrays.stream(ratios).max().orElse(0));
    }

    private static String show(Sample s) {
        return String.format(Locale.ROOT, "%.2f s wall, %.2f s cpu, %.0f MiB", s.wall(), s.cpu(), s.rssMiB());
    }

    /** Runs a command under GNU time after removing its output folder. */
    private static Sample timed(List<String> command, Path output) throws Exception {
        deleteTree(output);
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH %e %U %S %M"));
        full.addAll(command);
        String err = exec(full, false);
        String line = err.lines().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no timing from " + command + ":\n" + err));
        String[] f = line.split(" ");
        return new Sample(Double.parseDouble(f[1]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]),
                Double.parseDouble(f[4]) / 1024);
    }

    private static Sample median(List<Sample> samples) {
        return new Sample(median(samples.stream().mapToDouble(Sample::wall).toArray()),
                median(samples.stream().mapToDouble(Sample::cpu).toArray()),
                median(samples.stream().mapToDouble(Sample::rssMiB).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * What a learner's browser downloads to show one lesson without diagrams, the first time: the page and the
     * stylesheets and scripts it loads up front, each gzipped (level 6, as web servers do). Lazy loads (the search
     * index, Mermaid on pages without diagrams) are not counted, and are listed apart.
     */
    private static void pageWeight(Path site) throws IOException {
        Path page = null;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(p);
                if (html.contains("class=\"prose\"") && !html.contains("mermaid") && !p.toString().contains("labs/")) {
                    page = p;
                    break;
                }
            }
        }
        if (page == null) {
            System.out.println("no lesson page without diagrams to weigh");
            return;
        }
        String html = Files.readString(page);
        long total = gzip(html.getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%nFirst load of %s (gzip -6):%n  %-40s %8.1f KB%n", site.relativize(page),
                "page", total / 1024.0);
        Matcher m = ASSET.matcher(html.substring(0, html.indexOf("</head>")));
        while (m.find()) {
            Path asset = page.getParent().resolve(m.group(1)).normalize();
            long size = gzip(Files.readAllBytes(asset));
            total += size;
            System.out.printf(Locale.ROOT, "  %-40s %8.1f KB%n", site.relativize(asset), size / 1024.0);
        }
        System.out.printf(Locale.ROOT, "  %-40s %8.1f KB%n", "total", total / 1024.0);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("(mermaid|search)\\..*\\.js")
                            || site.relativize(f).toString().equals("search/index.js"))
                    .sorted().toList()) {
                System.out.printf(Locale.ROOT, "  only when needed: %-22s %8.1f KB%n", site.relativize(p),
                        gzip(Files.readAllBytes(p)) / 1024.0);
            }
        }
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(6);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }

    private static String version(String... command) {
        try {
            return exec(List.of(command), false).lines().findFirst().orElse("?").strip();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command; stdout is discarded, or shown when {@code inherit}; returns stderr (or stdout+stderr). */
    private static String exec(List<String> command, boolean inherit) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (inherit) {
            builder.inheritIO();
            int code = builder.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException(command + " exited with " + code);
            }
            return "";
        }
        Path out = Files.createTempFile("bench", ".out");
        Path err = Files.createTempFile("bench", ".err");
        try {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            int code = builder.start().waitFor();
            String text = Files.readString(err) + Files.readString(out);
            if (code != 0) {
                throw new IllegalStateException(command + " exited with " + code + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
