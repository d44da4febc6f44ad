package lousa.deck;

import java.util.List;

/**
 * The {@code ![bg]} images of one slide, laid out as Marpit's advanced backgrounds.
 *
 * @param images    in source order; several images share the background side by side
 * @param split     "" for a full background, or "left"/"right" when the images take one side of the slide
 * @param splitSize the share of the slide the images take when split, e.g. "50%" or "40%"
 * @param vertical  images stack top to bottom ({@code ![bg vertical]}) instead of side by side
 */
public record Backgrounds(List<BackgroundImage> images, String split, String splitSize, boolean vertical) {

    public static final Backgrounds NONE = new Backgrounds(List.of(), "", "", false);

    public Backgrounds {
        images = List.copyOf(images);
    }

    public boolean isEmpty() {
        return images.isEmpty();
    }
}
