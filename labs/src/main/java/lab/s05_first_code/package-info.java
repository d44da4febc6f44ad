/**
 * Lição «Sistemas Síncronos e Assíncronos», §5 «Primeiro Código com AsyncIO»: the first coroutines.
 * {@code await} becomes a chained stage; {@code asyncio.gather} becomes {@code CompletableFuture.allOf}.
 */
package lab.s05_first_code;
