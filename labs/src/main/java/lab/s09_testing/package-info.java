/**
 * Lição «Sistemas Síncronos e Assíncronos», §9 «Aplicando Testes com AsyncIO»: the function under test.
 * Its test ({@code FetchDataTest}) is a plain JUnit test on the virtual loop: no async test runner needed.
 */
package lab.s09_testing;
