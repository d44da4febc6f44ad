package lousa.render.tabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lousa.dialect.mdx.TabValues;
import lousa.render.HtmlPass;
import org.jsoup.nodes.Element;

/**
 * Docusaurus's {@code <Tabs>} and {@code <TabItem value label default>} components (MDX; flexmark passes them through
 * as HTML, and the markdown between them is rendered): turned into the tab groups the labs use, so that
 * {@code theme/js/labs.js} makes them tabs and, without JavaScript, each panel shows under its label. Tabs with the
 * same {@code groupId} switch together and remember the reader's choice, as in Docusaurus; others are independent.
 * A {@code <TabItem>} outside {@code <Tabs>} just shows its content.
 */
public final class ContentTabs implements HtmlPass {

    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_-]+");

    /**
     * Whether {@code html} may hold tabs: a look at the text (JSX names are case-sensitive), so that the common page
     * is not walked for them.
     */
    public static boolean present(String html) {
        return html.contains("<Tabs") || html.contains("<TabItem");
    }

    @Override
    public void apply(Element body, Lesson lesson) {
        int group = 0;
        for (Element tabs : body.getElementsByTag("tabs")) {
            List<Element> items = tabs.children().stream().filter(e -> e.normalName().equals("tabitem")).toList();
            if (items.isEmpty()) {
                tabs.unwrap();
            } else {
                group++;
                Element built = group(tabs, items, "abas-" + group);
                // What is not a TabItem (a <Tabs> left open swallows the rest of the page) follows the group.
                tabs.before(built);
                tabs.unwrap();
            }
        }
        for (Element item : body.getElementsByTag("tabitem")) {
            item.unwrap(); // outside <Tabs>: its content, as it is
        }
    }

    private static Element group(Element tabs, List<Element> items, String id) {
        // Docusaurus: the values={[…]} and defaultValue of <Tabs> take precedence over each TabItem's label and default.
        Map<String, String> labels = TabValues.decode(tabs.attr(TabValues.ATTRIBUTE));
        String defaultValue = tabs.attr("defaultvalue").strip();
        Element chosen = items.stream().filter(e -> !defaultValue.isEmpty() && e.attr("value").strip().equals(defaultValue))
                .findFirst().orElse(items.stream().filter(e -> e.hasAttr("default")).findFirst().orElse(items.get(0)));
        Element out = new Element("div").addClass("lab-tabs").addClass("content-tabs").id(id);
        String groupId = tabs.attr("groupid").strip();
        if (!groupId.isEmpty()) {
            out.attr("data-tabs-group", groupId);
        }
        Element list = out.appendElement("div").addClass("lab-tabs__list").attr("role", "tablist");
        List<String> used = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String value = item.attr("value").strip();
            String label = labels.containsKey(value) ? labels.get(value)
                    : item.hasAttr("label") ? item.attr("label").strip() : value;
            if (label.isEmpty()) {
                label = Integer.toString(i + 1);
            }
            String key = value.isEmpty() ? label : value;
            String slug = UNSAFE.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("-");
            if (slug.isEmpty() || used.contains(slug)) {
                slug = slug + (i + 1);
            }
            used.add(slug);
            boolean selected = item == chosen;
            String panelId = id + "-" + slug;
            list.appendElement("button").attr("type", "button").attr("role", "tab").id(panelId + "-tab")
                    .attr("aria-controls", panelId).attr("aria-selected", String.valueOf(selected))
                    .attr("tabindex", selected ? "0" : "-1").attr("data-lang", key).text(label);
            Element panel = out.appendElement("div").addClass("lab-tabs__panel").attr("role", "tabpanel")
                    .id(panelId).attr("aria-labelledby", panelId + "-tab").attr("data-lang", key)
                    .attr("data-label", label).attr("tabindex", "0");
            panel.appendChildren(new ArrayList<>(item.childNodes()));
        }
        return out;
    }
}
