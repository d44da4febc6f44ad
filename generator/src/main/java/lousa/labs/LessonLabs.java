package lousa.labs;

import java.util.List;
import java.util.Map;

/**
 * Everything the page of one lesson needs to put its Python beside the Java.
 *
 * @param key      the lesson key
 * @param pagePath site path of the lesson page, for relative links
 * @param blocks   the lesson's Python and printed-output blocks
 * @param markers  the labs translating each example, by example ordinal (only examples that have some)
 * @param verdicts one per {@code blocks.outputs()}, in the same order
 * @param module   the labs folder's name, as in {@code mvn -pl labs}
 */
public record LessonLabs(String key, String pagePath, LessonBlocks blocks, Map<Integer, List<LabMarker>> markers,
                         List<OutputCheck.Verdict> verdicts, String module) {

    public List<LabMarker> markers(int example) {
        return markers.getOrDefault(example, List.of());
    }
}
