/**
 * Lição «Sistemas Síncronos e Assíncronos», §6 «Síntaxe Async/Await»: awaiting one by one versus together.
 * A started coroutine (a task) is a {@code CompletableFuture}; one not started yet is a {@code Supplier} of one.
 */
package lab.s06_async_await;
