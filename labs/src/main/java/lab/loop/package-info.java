/**
 * The event-loop seam: what {@code asyncio} gives a coroutine (a clock, {@code sleep}, a loop to post work to).
 * Labs receive an {@link lab.loop.EventLoop}; {@code main}s run on {@link lab.loop.RealEventLoop}, tests on
 * {@link lab.loop.VirtualEventLoop}, a virtual clock that runs a "5 second" example in microseconds.
 */
package lab.loop;
