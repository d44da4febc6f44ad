package lousa.deck;

/**
 * What a presentation page needs from the site around it.
 *
 * @param courseTitle title of the course, for the window title; may be ""
 * @param lessonTitle title of the lesson; "" to use the deck's own title
 * @param lang        course language (BCP 47), used when the deck has no {@code lang} directive
 * @param root        relative path from the presentation page to the site root: "", "../", …
 * @param backHref    link back to the deck's lesson page, relative to the presentation page; "" for none
 * @param assets      site-relative URLs from {@link DeckAssets#write}
 * @param headHtml    trusted extra tags for {@code <head>} (favicon, description, canonical, OpenGraph); "" for none
 */
public record DeckPageContext(String courseTitle, String lessonTitle, String lang, String root, String backHref,
                              DeckAssetUrls assets, String headHtml) {

    public DeckPageContext(String courseTitle, String lessonTitle, String lang, String root, String backHref,
                           DeckAssetUrls assets) {
        this(courseTitle, lessonTitle, lang, root, backHref, assets, "");
    }
}
