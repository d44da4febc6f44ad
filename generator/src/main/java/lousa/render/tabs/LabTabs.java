package lousa.render.tabs;

import java.util.ArrayList;
import java.util.List;
import lousa.labs.LabMarker;
import lousa.labs.LabSupport;
import lousa.labs.LabText;
import lousa.labs.LessonBlocks;
import lousa.labs.LessonLabs;
import lousa.labs.OutputCheck;
import lousa.render.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns a rendered lesson's translated Python blocks into "Python | Java" tab groups and its printed-output blocks
 * into a comparison with what the Java printed. Works without JavaScript (the panels are then shown one after the
 * other, each with its label); {@code theme/js/labs.js} makes them tabs and remembers the learner's choice.
 *
 * <p>The blocks are found by the attributes {@link LabBlockAttributes} put on them from the AST. If a renderer did
 * not carry those attributes, the blocks are matched by their text, in source order.
 */
public final class LabTabs {

    private LabTabs() {
    }

    /** Puts the labs in the lesson body, in place; @return the body */
    public static Element apply(Element body, LessonLabs labs, LabText text) {
        List<Element> python = locate(body, LabBlockAttributes.EXAMPLE, labs.blocks().python().stream()
                .map(LessonBlocks.PythonBlock::code).toList());
        List<Element> outputs = locate(body, LabBlockAttributes.OUTPUT, labs.blocks().outputs().stream()
                .map(o -> String.join("\n", o.lines())).toList());
        for (int i = 0; i < outputs.size(); i++) {
            Element pre = outputs.get(i);
            if (pre != null) {
                LessonBlocks.OutputBlock block = labs.blocks().outputs().get(i);
                pre.replaceWith(output(pre, block.example(), labs.verdicts().get(i), !labs.markers(block.example())
                        .isEmpty(), text));
            }
        }
        for (int i = 0; i < python.size(); i++) {
            Element pre = python.get(i);
            if (pre == null) {
                continue;
            }
            int example = i + 1;
            List<LabMarker> markers = labs.markers(example);
            if (markers.isEmpty()) {
                pre.id(anchor(example));
            } else {
                pre.replaceWith(tabs(pre, example, markers, labs, text));
            }
        }
        return body;
    }

    /** The id of example {@code n}'s block on the lesson page. */
    public static String anchor(int example) {
        return "lab-exemplo-" + example;
    }

    /** The {@code <pre>} of each block, by its attribute, else by its text; null where none was found. */
    static List<Element> locate(Element body, String attribute, List<String> texts) {
        List<Element> marked = body.select("pre[" + attribute + "]");
        List<Element> found = new ArrayList<>();
        if (marked.size() == texts.size()) {
            for (Element pre : marked) {
                pre.removeAttr(attribute);
                found.add(pre);
            }
            return found;
        }
        marked.forEach(pre -> pre.removeAttr(attribute));
        List<Element> pres = body.select("pre");
        int from = 0;
        for (String text : texts) {
            Element match = null;
            for (int j = from; j < pres.size(); j++) {
                if (pres.get(j).wholeText().strip().equals(text.strip())) {
                    match = pres.get(j);
                    from = j + 1;
                    break;
                }
            }
            found.add(match);
        }
        return found;
    }

    private static Element tabs(Element pythonPre, int example, List<LabMarker> markers, LessonLabs labs,
                                LabText text) {
        String id = anchor(example);
        Element group = new Element("div").addClass("lab-tabs").id(id).attr("data-example", String.valueOf(example));
        Element list = group.appendElement("div").addClass("lab-tabs__list").attr("role", "tablist")
                .attr("aria-label", text.get("labs.tablist"));
        Element python = panel(group, list, id + "-python", "python", text.get("labs.tab.python"), true);
        python.appendChild(pythonPre.clone());
        for (int k = 0; k < markers.size(); k++) {
            LabMarker marker = markers.get(k);
            String lang = k == 0 ? "java" : "java-" + (k + 1);
            Element java = panel(group, list, id + "-" + lang, lang, text.javaLabel(marker, markers.size() > 1),
                    false);
            java.appendChild(javaCode(marker.code()));
            Element meta = java.appendElement("div").addClass("lab-meta");
            Element file = meta.appendElement("p").addClass("lab-meta__file");
            file.appendElement("a").attr("href", SitePaths.relative(labs.pagePath(), marker.sitePath()))
                    .text(marker.sourcePath());
            file.appendText(" · ");
            file.appendElement("a").addClass("lab-meta__constructs")
                    .attr("href", SitePaths.relative(labs.pagePath(), LabSupport.CONSTRUCTS_PAGE))
                    .text(text.get("labs.constructs.title"));
            Element run = meta.appendElement("p").addClass("lab-meta__run");
            run.appendElement("span").text(text.get(marker.test() ? "labs.run.test" : "labs.run"));
            run.appendText(" ");
            run.appendElement("code").addClass("lab-meta__command").text(marker.runCommand(labs.module()));
            if (!marker.notes().isEmpty()) {
                Element notes = java.appendElement("details").addClass("lab-notes");
                notes.appendElement("summary").text(text.get("labs.notes"));
                marker.notes().forEach(note -> notes.appendElement("p").html(note));
            }
        }
        return group;
    }

    private static Element panel(Element group, Element list, String id, String lang, String label, boolean selected) {
        list.appendElement("button").attr("type", "button").attr("role", "tab").id(id + "-tab")
                .attr("aria-controls", id).attr("aria-selected", String.valueOf(selected))
                .attr("tabindex", selected ? "0" : "-1").attr("data-lang", lang).text(label);
        return group.appendElement("div").addClass("lab-tabs__panel").attr("role", "tabpanel").id(id)
                .attr("aria-labelledby", id + "-tab").attr("data-lang", lang).attr("data-label", label)
                .attr("tabindex", "0");
    }

    static Element javaCode(String code) {
        Element pre = new Element("pre");
        pre.appendElement("code").addClass("language-java").attr("data-lang", "java")
                .appendChild(new TextNode(code.endsWith("\n") ? code.substring(0, code.length() - 1) : code));
        return pre;
    }

    private static Element output(Element lessonPre, int example, OutputCheck.Verdict verdict, boolean translated,
                                  LabText text) {
        String state = switch (verdict.state()) {
            case VERIFIED -> "verified";
            case DIFFERENT -> "different";
            case NOT_VERIFIED -> "not-verified";
        };
        Element box = new Element("div").addClass("lab-output").addClass("lab-output--" + state)
                .id("lab-saida-" + example);
        Element status = box.appendElement("p").addClass("lab-output__status");
        Element badge = status.appendElement("span").addClass("lab-badge").addClass("lab-badge--" + state);
        Element lesson = box.appendElement("div").addClass("lab-output__side").addClass("lab-output__lesson");
        lesson.appendElement("p").addClass("lab-output__caption").text(text.get("labs.output.lesson"));
        lesson.appendChild(lessonPre.clone());
        Element java = box.appendElement("div").addClass("lab-output__side").addClass("lab-output__java");
        java.appendElement("p").addClass("lab-output__caption").text(text.get("labs.output.java"));
        switch (verdict.state()) {
            case VERIFIED -> {
                badge.attr("title", text.get("labs.output.verified.title"));
                badge.appendText("✓ " + text.get("labs.output.verified") + " ");
                badge.appendElement("code").text(verdict.test());
                java.appendElement("pre").addClass("lab-output__text").text(String.join("\n", verdict.java()));
            }
            case DIFFERENT -> {
                badge.appendText("✗ " + text.get("labs.output.different"));
                if (!verdict.test().isEmpty()) {
                    badge.appendText(" (");
                    badge.appendElement("code").text(verdict.test());
                    badge.appendText(")");
                }
                Element diff = java.appendElement("pre").addClass("lab-diff");
                for (OutputCheck.DiffLine line : verdict.diff()) {
                    String kind = line.kind() == '-' ? "del" : line.kind() == '+' ? "add" : "same";
                    String mark = line.kind() == '-' ? "−" : line.kind() == '+' ? "+" : " ";
                    diff.appendElement("span").addClass("lab-diff__line").addClass("lab-diff__line--" + kind)
                            .text(mark + " " + line.text());
                    diff.appendText("\n");
                }
                java.appendElement("p").addClass("lab-diff__legend").text(text.get("labs.output.different.legend"));
            }
            case NOT_VERIFIED -> {
                badge.appendText(text.get("labs.output.notyet"));
                java.appendElement("p").addClass("lab-output__reason")
                        .text(text.get(translated ? "labs.output.notyet.captured" : "labs.output.notyet.nolab"));
            }
        }
        return box;
    }
}
