/**
 * {@code check --external}: after the build's own checks, the http(s) links and hot-linked images of the lessons
 * are requested over HTTP (politely: few requests per host, retries on 429/503, a day's cache).
 */
package lousa.check;
