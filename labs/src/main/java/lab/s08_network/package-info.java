/**
 * Lição «Sistemas Síncronos e Assíncronos», §8: rede e banco de dados sem travar o programa.
 * Sockets bloqueantes em threads virtuais no lugar do asyncio; JDBC numa thread virtual no lugar do aiosqlite.
 */
package lab.s08_network;
