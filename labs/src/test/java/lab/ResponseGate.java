package lab;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock response transformer that holds every response it applies to until the gate opens: either when
 * {@code releaseAfter} requests are held at once (a barrier: proof that they were in flight together), or when
 * the test calls {@link #open()}. A gate that never opens answers 504 after {@code patience}, so tests stay bounded.
 * Stubs opt in with {@code .withTransformers(ResponseGate.NAME)}.
 */
public final class ResponseGate implements ResponseTransformerV2 {

    public static final String NAME = "response-gate";

    private final Duration patience;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger maxHeld = new AtomicInteger();
    private volatile CountDownLatch arrivals = new CountDownLatch(1);
    private volatile CountDownLatch opened = new CountDownLatch(1);

    public ResponseGate(Duration patience) {
        this.patience = patience;
    }

    /** Closes the gate; it opens by itself once {@code releaseAfter} responses are held. Call before the requests. */
    public void reset(int releaseAfter) {
        arrivals = new CountDownLatch(releaseAfter);
        opened = new CountDownLatch(1);
        maxHeld.set(0);
    }

    /** Closes the gate until {@link #open()}. */
    public void closeUntilOpened() {
        reset(Integer.MAX_VALUE);
    }

    public void open() {
        opened.countDown();
    }

    /** The most responses held at the same moment since the last reset. */
    public int maxHeld() {
        return maxHeld.get();
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        CountDownLatch myArrivals = arrivals;
        CountDownLatch myGate = opened;
        maxHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
        try {
            myArrivals.countDown();
            if (myArrivals.getCount() == 0) {
                myGate.countDown();
            }
            if (myGate.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return response;
            }
            return Response.Builder.like(response).but().status(504).body("the gate never opened").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.Builder.like(response).but().status(503).body("interrupted at the gate").build();
        } finally {
            held.decrementAndGet();
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
