package lousa.site;

/** An entry of the course outline: a section (folder) or a lesson. */
public sealed interface OutlineEntry permits Section, Lesson {

    String title();
}
