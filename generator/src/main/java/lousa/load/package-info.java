/**
 * Stage 1, load content: reads the course configuration, finds lessons and attachments under content/, and
 * checks each lesson is UTF-8 text. Nothing here knows about markdown.
 */
package lousa.load;
