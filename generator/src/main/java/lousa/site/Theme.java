package lousa.site;

import java.nio.file.Path;

/** Placeholder until the theme lands: a bare page. */
public final class Theme {

    public static Theme load() {
        return new Theme();
    }

    public AssetUrls writeAssets(Path siteOut) {
        return new AssetUrls();
    }

    public String renderPage(PageModel page, AssetUrls assets) {
        return "<!doctype html><html lang=\"" + page.lang() + "\"><head><meta charset=\"utf-8\"><title>" + page.title()
                + "</title></head><body><main>" + page.contentHtml() + "</main></body></html>";
    }

    /** Site-relative URLs of the theme's assets. */
    public record AssetUrls() {
    }
}
