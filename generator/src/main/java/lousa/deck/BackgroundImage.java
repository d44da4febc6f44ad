package lousa.deck;

/**
 * One {@code ![bg](url)} image of a slide.
 *
 * @param url    the image URL as rendered (already resolved by the page's link rewriting)
 * @param size   CSS {@code background-size}: "cover" unless {@code fit}, {@code contain}, {@code auto} or {@code 50%}
 * @param filter CSS {@code filter} from keywords such as {@code blur} or {@code sepia:50%}; empty when none
 */
public record BackgroundImage(String url, String size, String filter) {
}
