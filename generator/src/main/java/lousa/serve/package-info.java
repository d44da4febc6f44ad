/**
 * {@code serve}: the preview server. Builds with one warm {@link lousa.build.Build}, serves the site over HTTP on
 * loopback, watches the course and the labs, rebuilds on save and tells open pages to reload (or to show the
 * errors of a broken save) through Server-Sent Events. Nothing here is written into the site on disk.
 */
package lousa.serve;
