package lousa.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the course. */
public final class BuildOptionsMixin {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "course folder to read (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--labs", paramLabel = "DIR",
            description = "Java labs folder whose @Translates classes are shown beside the lessons' Python"
                    + " (default: <content>/../labs, when it exists)")
    Path labs;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "folder of theme files (layout.html, partials/, css/, js/, i18n/) that replace the built-in"
                    + " ones one by one (default: <content>/../theme, when it exists)")
    Path theme;

    @Option(names = "--strict", description = "treat warnings as errors (missing images, untranslated examples…)")
    boolean strict;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;
}
