package lousa.labs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lousa.diag.Diagnostics;
import lousa.diag.Reporter;
import lousa.render.UiText;
import lousa.render.RenderedLesson;
import lousa.render.tabs.LabTabs;
import lousa.site.CourseOutline;
import lousa.site.Lesson;

/**
 * The labs in a build: read once after the course is planned (before rendering, so the renderer can mark the Python
 * blocks), checked against the lessons, then used to decorate each rendered lesson and for the report at the end.
 * Without a labs folder it does nothing: no tabs, no coverage, no warnings. Immutable once loaded; thread-safe.
 */
public final class LabSupport {

    /** Site path of the generated "Python → Java" page. */
    public static final String CONSTRUCTS_PAGE = "python-java.html";

    /** No labs folder: lessons are left as they are. */
    public static final LabSupport NONE = new LabSupport(null, List.of(), Map.of(), List.of(), null);

    private final Path labsDir;
    private final List<LabMarker> markers;
    private final Map<Lesson, LessonLabs> lessons;
    private final List<String> report;
    private final LabText text;

    private LabSupport(Path labsDir, List<LabMarker> markers, Map<Lesson, LessonLabs> lessons, List<String> report,
                       LabText text) {
        this.labsDir = labsDir;
        this.markers = markers;
        this.lessons = lessons;
        this.report = report;
        this.text = text;
    }

    /**
     * Reads the labs and checks them against the course.
     *
     * @param labsDir  the labs folder
     * @param explicit true when the user named it ({@code --labs}): then a missing folder is an error
     * @param display  how paths are shown in messages
     */
    public static LabSupport load(Path labsDir, boolean explicit, CourseOutline outline, Diagnostics diagnostics,
                                  Function<Path, String> display) {
        return load(labsDir, explicit, outline, diagnostics, display, UiText.load(outline.config().language()));
    }

    /** As above, with the UI strings of the site's theme. */
    public static LabSupport load(Path labsDir, boolean explicit, CourseOutline outline, Diagnostics diagnostics,
                                  Function<Path, String> display, UiText strings) {
        return load(labsDir, explicit, outline, Map.of(), diagnostics, display, strings);
    }

    /**
     * As above, for a course that leaves drafts out: a lab of a draft is left out with it (a note, not an error).
     *
     * @param drafts the file (as displayed) of each draft lesson, by the key it would have
     */
    public static LabSupport load(Path labsDir, boolean explicit, CourseOutline outline, Map<String, String> drafts,
                                  Diagnostics diagnostics, Function<Path, String> display, UiText strings) {
        if (!present(labsDir)) {
            if (explicit) {
                diagnostics.forFile(display.apply(labsDir)).error(0, "labs folder not found",
                        "pass the folder that holds src/main/java/lab, or leave out --labs to use <content>/../labs");
            }
            return NONE;
        }
        return check(labsDir, LabSources.scan(labsDir, display, diagnostics::forFile), outline, drafts, diagnostics,
                display, LabText.of(strings));
    }

    /** Whether a build with this labs folder has labs: the folder exists. */
    public static boolean present(Path labsDir) {
        return labsDir != null && Files.isDirectory(labsDir);
    }

    /**
     * The same labs, their markers as already read, checked against a course whose lessons were parsed again (an
     * update of saved lessons): only the lessons' blocks and the captured outputs are read. The messages of reading
     * the sources are not repeated.
     */
    public LabSupport recheck(CourseOutline outline, Diagnostics diagnostics, Function<Path, String> display) {
        return active() ? check(labsDir, markers, outline, Map.of(), diagnostics, display, text) : NONE;
    }

    private static LabSupport check(Path labsDir, List<LabMarker> markers, CourseOutline outline,
                                    Map<String, String> drafts, Diagnostics diagnostics,
                                    Function<Path, String> display, LabText text) {
        String module = labsDir.toAbsolutePath().normalize().getFileName().toString();

        Map<String, Lesson> byKey = new LinkedHashMap<>();
        Map<Lesson, LessonBlocks> blocks = new LinkedHashMap<>();
        for (Lesson lesson : outline.lessons()) {
            byKey.put(lesson.key(), lesson);
            blocks.put(lesson, LessonBlocks.install(lesson.parsed().document()));
        }

        Map<String, Map<Integer, List<LabMarker>>> index = new TreeMap<>();
        for (LabMarker marker : markers) {
            Reporter reporter = diagnostics.forFile(marker.displayPath());
            Lesson lesson = byKey.get(marker.lesson());
            if (lesson == null && drafts.containsKey(marker.lesson())) {
                reporter.note(marker.line(), "@Translates points at lesson '" + marker.lesson()
                        + "', a draft: the lab is left out with it",
                        "remove draft: true from " + drafts.get(marker.lesson()) + " to publish both");
                continue;
            }
            if (lesson == null) {
                reporter.error(marker.line(), "@Translates points at lesson '" + marker.lesson()
                        + "', which does not exist", hintForKey(marker.lesson(), byKey.keySet()));
                continue;
            }
            int total = blocks.get(lesson).python().size();
            if (marker.example() > total) {
                reporter.error(marker.line(), "@Translates points at example " + marker.example() + " of lesson '"
                        + marker.lesson() + "', which has " + total + " Python example" + (total == 1 ? "" : "s"),
                        "number the ```python blocks of " + lesson.displayPath()
                                + " from 1; use example = 0 for a lab that illustrates the text");
                continue;
            }
            index.computeIfAbsent(marker.lesson(), k -> new TreeMap<>())
                    .computeIfAbsent(marker.example(), k -> new ArrayList<>()).add(marker);
        }

        Map<Lesson, LessonLabs> lessons = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        int translatedAll = 0;
        int totalAll = 0;
        int lessonsWithPython = 0;
        for (Lesson lesson : outline.lessons()) {
            LessonBlocks lessonBlocks = blocks.get(lesson);
            Map<Integer, List<LabMarker>> byExample = index.getOrDefault(lesson.key(), Map.of());
            Reporter reporter = diagnostics.forFile(lesson.displayPath());
            List<String> untranslated = new ArrayList<>();
            for (LessonBlocks.PythonBlock block : lessonBlocks.python()) {
                if (!byExample.containsKey(block.ordinal())) {
                    untranslated.add(lesson.displayPath() + ":" + block.line());
                    reporter.warning(block.line(), "Python example " + block.ordinal() + " has no Java translation",
                            "add a lab in " + module + "/src/main/java marked @Translates(lesson = \""
                                    + lesson.key() + "\", example = " + block.ordinal() + ")");
                }
            }
            List<OutputCheck.Verdict> verdicts = new ArrayList<>();
            int[] states = new int[OutputCheck.State.values().length];
            for (LessonBlocks.OutputBlock output : lessonBlocks.outputs()) {
                boolean translated = byExample.containsKey(output.example());
                OutputCheck.Verdict verdict = OutputCheck.check(output.lines(), translated
                        ? CapturedOutput.read(labsDir, lesson.key(), output.example()) : java.util.Optional.empty());
                verdicts.add(verdict);
                states[verdict.state().ordinal()]++;
                if (verdict.state() == OutputCheck.State.DIFFERENT) {
                    reporter.note(output.line(), "the printed output of example " + output.example()
                                    + " differs from what " + verdict.test() + " captured",
                            "the page shows the difference; fix the lesson or the lab");
                }
            }
            Map<Integer, List<LabMarker>> frozen = new TreeMap<>();
            byExample.forEach((example, list) -> frozen.put(example, List.copyOf(list)));
            lessons.put(lesson, new LessonLabs(lesson.key(), lesson.path(), lessonBlocks,
                    Collections.unmodifiableMap(frozen), List.copyOf(verdicts), module));

            int total = lessonBlocks.python().size();
            if (total > 0) {
                int translated = total - untranslated.size();
                translatedAll += translated;
                totalAll += total;
                lessonsWithPython++;
                report.add(lessonLine(lesson.displayPath(), translated, total, untranslated, states));
            }
        }
        report.add("lousa: labs: " + translatedAll + "/" + totalAll + " Python examples translated in "
                + lessonsWithPython + " lesson" + (lessonsWithPython == 1 ? "" : "s") + ", " + markers.size()
                + " lab marker" + (markers.size() == 1 ? "" : "s") + " read from " + display.apply(labsDir));
        return new LabSupport(labsDir, markers, Collections.unmodifiableMap(lessons), List.copyOf(report), text);
    }

    /** "lousa: labs: content/a.md: 2/3 Python examples translated (untranslated: content/a.md:9); printed outputs: 1 verified" */
    static String lessonLine(String file, int translated, int total, List<String> untranslated, int[] states) {
        StringBuilder line = new StringBuilder("lousa: labs: ").append(file).append(": ").append(translated)
                .append('/').append(total).append(" Python examples translated");
        if (!untranslated.isEmpty()) {
            line.append(" (untranslated: ").append(String.join(", ", untranslated)).append(')');
        }
        List<String> outputs = new ArrayList<>();
        String[] names = {"verified", "different", "not verified"};
        for (OutputCheck.State state : OutputCheck.State.values()) {
            if (states[state.ordinal()] > 0) {
                outputs.add(states[state.ordinal()] + " " + names[state.ordinal()]);
            }
        }
        if (!outputs.isEmpty()) {
            line.append("; printed outputs: ").append(String.join(", ", outputs));
        }
        return line.toString();
    }

    private static String hintForKey(String wanted, java.util.Set<String> keys) {
        String closest = keys.stream().min(Comparator.comparingInt((String k) -> distance(wanted, k))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
        return closest == null ? "the course has no lessons"
                : "use a lesson's site path without .html, e.g. '" + closest + "'";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    public boolean active() {
        return labsDir != null;
    }

    /** The Java beside the Python and the checked outputs, in a rendered lesson; the lesson itself when none. */
    public RenderedLesson decorate(Lesson lesson, RenderedLesson body) {
        LessonLabs labs = lessons.get(lesson);
        if (labs == null || (labs.blocks().python().isEmpty() && labs.blocks().outputs().isEmpty())) {
            return body;
        }
        return body.withBody(LabTabs.apply(body.tree(), labs, text));
    }

    /** Lines printed before the build's summary: one per lesson with Python examples, then the total. */
    public List<String> report() {
        return report;
    }

    /**
     * What the lab pages show of the lessons' own text: each lesson's Python code and printed outputs, in order (the
     * constructs page lists the examples that use each construct). Their lines are left out: a sentence added above
     * an example moves it, and no lab page shows where it is.
     */
    public Map<String, List<Object>> shownExamples() {
        Map<String, List<Object>> shown = new LinkedHashMap<>();
        lessons.forEach((lesson, labs) -> {
            List<Object> examples = new ArrayList<>();
            labs.blocks().python().forEach(block -> examples.add(block.code()));
            labs.blocks().outputs().forEach(output -> examples.add(List.of(output.example(), output.lines())));
            shown.put(lesson.key(), examples);
        });
        return shown;
    }

    /** Every marker read, also those pointing nowhere (they were reported). */
    public List<LabMarker> markers() {
        return markers;
    }

    /** The lessons with their blocks and labs, in course order. */
    public Map<Lesson, LessonLabs> lessons() {
        return lessons;
    }

    public LabText text() {
        return text;
    }

    /** Markers whose lesson and example exist, by class, for the source pages. */
    public Map<String, List<LabMarker>> valid() {
        return lessons.values().stream().flatMap(l -> l.markers().values().stream()).flatMap(List::stream)
                .collect(Collectors.groupingBy(LabMarker::sourcePath, TreeMap::new, Collectors.toList()));
    }
}
