package lab.loop;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** How {@link EventLoop#run} hands back the outcome of the main future: its value, or its own exception. */
final class MainResult {

    private MainResult() {
    }

    static <T> T join(CompletableFuture<T> main) {
        try {
            return main.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    /** Strips the {@link CompletionException} / {@link ExecutionException} layers a future adds around a failure. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
