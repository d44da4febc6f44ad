package lousa.render;

/** Where content files used by lessons are published: under media/, mirroring their place in content/. */
public final class MediaFiles {

    private MediaFiles() {
    }

    public static String sitePath(String contentPath) {
        return "media/" + contentPath;
    }
}
