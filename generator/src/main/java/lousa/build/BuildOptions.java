package lousa.build;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param baseUrl public URL of the site for sitemap and canonical links; null when unknown
 * @param write   false to check the content without writing a site
 */
public record BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write) {
}
