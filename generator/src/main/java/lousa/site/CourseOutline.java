package lousa.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lousa.load.CourseConfig;
import lousa.parse.ParsedLesson;

/**
 * The planned course: configuration, the tree of sections and lessons, and the lessons in reading order
 * (which drives prev/next).
 *
 * @param bySource lessons by their content-relative source path ("01-mod/1-aula.md")
 */
public record CourseOutline(CourseConfig config, List<OutlineEntry> entries, List<Lesson> lessons,
                            Map<String, Lesson> bySource) {

    /**
     * The same outline with some lessons' parse replaced, by key; their titles, keys and places stay as planned.
     * For a save that changed neither a title nor the front matter: nothing planning reads has changed.
     */
    public CourseOutline withParsed(Map<String, ParsedLesson> byKey) {
        Map<String, Lesson> replaced = new HashMap<>();
        for (Lesson lesson : lessons) {
            ParsedLesson parsed = byKey.get(lesson.key());
            if (parsed != null) {
                replaced.put(lesson.key(), new Lesson(parsed, lesson.key(), lesson.title(), lesson.sections()));
            }
        }
        Map<String, Lesson> source = new HashMap<>(bySource);
        source.replaceAll((path, lesson) -> replaced.getOrDefault(lesson.key(), lesson));
        return new CourseOutline(config, withLessons(entries, replaced),
                lessons.stream().map(lesson -> replaced.getOrDefault(lesson.key(), lesson)).toList(),
                Map.copyOf(source));
    }

    private static List<OutlineEntry> withLessons(List<OutlineEntry> entries, Map<String, Lesson> replaced) {
        return entries.stream().map(entry -> entry instanceof Section section
                ? new Section(section.title(), section.dir(), withLessons(section.children(), replaced))
                : (OutlineEntry) replaced.getOrDefault(((Lesson) entry).key(), (Lesson) entry)).toList();
    }

    /** The folder the lesson is in; null when it sits at the top of the course. */
    /**
     * The lesson that is the site's home page ({@code slug: /}, as a Docusaurus intro doc); empty when the home is
     * the course map Lousa makes.
     */
    public Optional<Lesson> homeLesson() {
        return lessons.stream().filter(lesson -> lesson.key().equals(HOME_KEY)).findFirst();
    }

    /** The key of the site's home page, {@code index.html}. */
    public static final String HOME_KEY = "index";

    public Section sectionOf(Lesson lesson) {
        return sectionOf(entries, lesson, null);
    }

    private static Section sectionOf(List<OutlineEntry> entries, Lesson lesson, Section within) {
        for (OutlineEntry entry : entries) {
            if (entry == lesson) {
                return within;
            }
            if (entry instanceof Section section) {
                Section found = sectionOf(section.children(), lesson, section);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public Optional<Lesson> previous(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }
}
