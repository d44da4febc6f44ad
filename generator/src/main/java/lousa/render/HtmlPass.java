package lousa.render;

import org.jsoup.nodes.Element;

/** One small transformation of a rendered lesson body, run with jsoup after flexmark. */
public interface HtmlPass {

    /** @param body the lesson body; edit it in place */
    void apply(Element body, Lesson lesson);

    /** What a pass may need to know about the lesson it works on. */
    record Lesson(String title) {
    }
}
