package lousa.site;

import java.util.zip.CRC32C;

/** Content-hash file names, so a changed asset gets a new URL and browsers can cache the old one forever. */
final class Fingerprint {

    static final int HEX_LENGTH = 8;

    private Fingerprint() {
    }

    /** {@code name("lousa", "css", bytes)} gives {@code lousa.3f9a1c2b.css}. */
    static String fileName(String base, String extension, byte[] content) {
        return base + "." + hash(content) + "." + extension;
    }

    /**
     * A CRC-32C of the content, in hex: a name only has to change when the content does, and the JDK computes a
     * CRC with the processor's instruction, where SHA-256 of Mermaid's 3 MB took ~30 ms of every build.
     */
    static String hash(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(HEX_LENGTH - hex.length()) + hex;
    }
}
