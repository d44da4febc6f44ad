package lousa.labs;

import java.util.Map;
import lousa.render.UiText;

/** The strings the learner sees around the labs: the {@code labs.*} keys of {@code theme/i18n/<lang>.properties}, falling back to pt-BR. */
public final class LabText {

    private final UiText strings;

    private LabText(UiText strings) {
        this.strings = strings;
    }

    public static LabText load(String language) {
        return of(UiText.load(language));
    }

    public static LabText of(UiText strings) {
        return new LabText(strings);
    }

    public String get(String key) {
        return strings.get(key);
    }

    /** The label of a Java tab: "Java", or the variant named by the class name's prefix when an example has more. */
    public String javaLabel(LabMarker marker, boolean several) {
        if (several) {
            for (Map.Entry<String, String> e : strings.all().entrySet()) {
                String prefix = e.getKey().startsWith("labs.variant.") ? e.getKey().substring(13) : null;
                if (prefix != null && marker.simpleName().startsWith(prefix)) {
                    return e.getValue();
                }
            }
            return get("labs.tab.java") + " (" + marker.simpleName() + ")";
        }
        return get("labs.tab.java");
    }
}
