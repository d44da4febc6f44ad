/**
 * Lição «Bloqueio e loop de eventos»: the {@code uvicorn main:app --workers 3} remark, with threads for processes.
 * The same JDK HttpServer on a fixed pool of 3 threads, then on a virtual thread per request.
 */
package lab.workers;
