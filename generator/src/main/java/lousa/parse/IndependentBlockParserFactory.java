package lousa.parse;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import java.util.Set;
import org.jetbrains.annotations.Nullable;

/**
 * A block parser factory that needs no place before or after flexmark's own parsers and leaves the document's
 * global scope alone, as most of the dialects' parsers: only {@code apply} is left to write. One that must run
 * before a core parser (a callout before block quotes) overrides {@link #getBeforeDependents}.
 */
public abstract class IndependentBlockParserFactory implements CustomBlockParserFactory {

    @Override
    public @Nullable Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public @Nullable Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
