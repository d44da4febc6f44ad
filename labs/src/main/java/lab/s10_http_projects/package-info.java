/**
 * Lição «Sistemas Síncronos e Assíncronos», §10: requisições HTTP assíncronas, sozinhas, em grupo e com novas tentativas.
 * The JDK's {@link java.net.http.HttpClient} and {@link java.util.concurrent.CompletableFuture} stand in for aiohttp.
 */
package lab.s10_http_projects;
