package lousa.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lousa.load.CourseConfig;

/**
 * The planned course: configuration, the tree of sections and lessons, and the lessons in reading order
 * (which drives prev/next).
 *
 * @param bySource lessons by their content-relative source path ("01-mod/1-aula.md")
 */
public record CourseOutline(CourseConfig config, List<OutlineEntry> entries, List<Lesson> lessons,
                            Map<String, Lesson> bySource) {

    public Optional<Lesson> previous(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }
}
