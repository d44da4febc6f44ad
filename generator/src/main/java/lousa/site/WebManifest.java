package lousa.site;

import java.io.IOException;
import lousa.load.CourseConfig;
import lousa.write.Json;
import lousa.write.StagedSite;

/**
 * {@value #FILE}: what a phone needs to install the course as an app (name, colours, icons, the site's root as
 * where it starts), as MkDocs Material's and Docusaurus's PWA sites have. The icons are the theme's
 * ({@code icons/*.png}, replaceable like any theme file), fingerprinted under {@code assets/}.
 */
public final class WebManifest {

    public static final String FILE = "manifest.webmanifest";
    /** The theme's brand and page colours (lousa.css's --brand and --bg): the app's title bar and splash screen. */
    private static final String THEME_COLOR = "#0f6b54";
    private static final String BACKGROUND_COLOR = "#ffffff";

    private WebManifest() {
    }

    public static void write(StagedSite site, Theme theme, CourseConfig config, AssetUrls assets) throws IOException {
        AssetFiles.Destination to = AssetFiles.into(site);
        String icon192 = AssetFiles.write(to, "assets", "icon-192", "png", theme.file("icons/icon-192.png"));
        String icon512 = AssetFiles.write(to, "assets", "icon-512", "png", theme.file("icons/icon-512.png"));
        String maskable = AssetFiles.write(to, "assets", "icon-maskable-512", "png",
                theme.file("icons/icon-maskable-512.png"));
        StringBuilder json = new StringBuilder(1024).append("{\n  \"name\": ");
        Json.string(json, config.title());
        json.append(",\n  \"short_name\": ");
        Json.string(json, config.title());
        if (config.description() != null && !config.description().isBlank()) {
            json.append(",\n  \"description\": ");
            Json.string(json, config.description());
        }
        json.append(",\n  \"lang\": ");
        Json.string(json, config.language());
        json.append(",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \"display\": \"standalone\",\n")
                .append("  \"theme_color\": \"").append(THEME_COLOR).append("\",\n")
                .append("  \"background_color\": \"").append(BACKGROUND_COLOR).append("\",\n")
                .append("  \"icons\": [\n");
        icon(json, assets.favicon(), "any", "image/svg+xml", null).append(",\n");
        icon(json, icon192, "192x192", "image/png", null).append(",\n");
        icon(json, icon512, "512x512", "image/png", null).append(",\n");
        icon(json, maskable, "512x512", "image/png", "maskable").append("\n  ]\n}\n");
        site.write(FILE, json.toString());
    }

    private static StringBuilder icon(StringBuilder json, String src, String sizes, String type, String purpose) {
        json.append("    {\"src\": ");
        Json.string(json, src);
        json.append(", \"sizes\": \"").append(sizes).append("\", \"type\": \"").append(type).append('"');
        if (purpose != null) {
            json.append(", \"purpose\": \"").append(purpose).append('"');
        }
        return json.append('}');
    }
}
