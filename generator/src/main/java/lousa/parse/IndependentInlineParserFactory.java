package lousa.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import java.util.Set;
import org.jetbrains.annotations.Nullable;

/**
 * An inline parser extension factory with no ordering against the others and no global scope: only its trigger
 * characters and {@code apply} are left to write.
 */
public abstract class IndependentInlineParserFactory implements InlineParserExtensionFactory {

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
