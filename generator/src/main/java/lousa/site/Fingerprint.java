package lousa.site;

import lousa.write.SiteFile;

/** Content-hash file names, so a changed asset gets a new URL and browsers can cache the old one forever. */
final class Fingerprint {

    private Fingerprint() {
    }

    /** {@code name("lousa", "css", bytes)} gives {@code lousa.3f9a1c2b.css}: the checksum the offline list has too. */
    static String fileName(String base, String extension, byte[] content) {
        return base + "." + SiteFile.checksum(content) + "." + extension;
    }
}
