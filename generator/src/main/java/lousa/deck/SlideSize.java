package lousa.deck;

import java.util.Optional;

/** The Marp size presets: the {@code size} global directive. */
public enum SlideSize {
    WIDE("16:9", 1280, 720),
    STANDARD("4:3", 960, 720);

    private final String ratio;
    private final int width;
    private final int height;

    SlideSize(String ratio, int width, int height) {
        this.ratio = ratio;
        this.width = width;
        this.height = height;
    }

    public String ratio() {
        return ratio;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The preset named by a {@code size} directive value ("16:9", "4:3"), if any. */
    public static Optional<SlideSize> byRatio(String value) {
        for (SlideSize size : values()) {
            if (size.ratio.equals(value.trim())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
