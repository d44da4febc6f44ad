package lousa.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-hash file names, so a changed asset gets a new URL and browsers can cache the old one forever. */
final class Fingerprint {

    static final int HEX_LENGTH = 8;

    private Fingerprint() {
    }

    /** {@code name("lousa", "css", bytes)} gives {@code lousa.3f9a1c2b.css}. */
    static String fileName(String base, String extension, byte[] content) {
        return base + "." + hash(content) + "." + extension;
    }

    static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
