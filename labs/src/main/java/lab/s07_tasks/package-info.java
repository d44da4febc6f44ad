/**
 * Lição «Sistemas Síncronos e Assíncronos», §7 «Gerenciamento de Tasks com AsyncIO»: cancelling, inspecting and
 * blocking tasks. Python's task states map to {@code Future.state()}; gather's outcomes are a sealed {@link lab.s07_tasks.Outcome}.
 */
package lab.s07_tasks;
