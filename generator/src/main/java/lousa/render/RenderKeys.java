package lousa.render;

import com.vladsch.flexmark.util.data.NullableDataKey;

/** Per-document values the render stage puts on a flexmark Document before rendering it. */
public final class RenderKeys {

    /** How links of the document being rendered resolve. */
    public static final NullableDataKey<LinkContext> LINKS = new NullableDataKey<>("LOUSA_LINKS");

    private RenderKeys() {
    }
}
