package lousa.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A file of a built site as the offline list names it: its size and a checksum of its bytes (CRC-32C, hex), so a
 * reader's saved copy of the course fetches again only the files whose bytes changed. Asset names carry the same
 * checksum ({@code lousa.site.Fingerprint}).
 */
public record SiteFile(long size, String checksum) {

    private static final int HEX_LENGTH = 8;

    static SiteFile of(byte[] bytes) {
        return new SiteFile(bytes.length, checksum(bytes));
    }

    /** A file's size and checksum, read in blocks: a copied file may be a long video. */
    static SiteFile read(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] block = new byte[64 * 1024];
        try (var in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; size += n) {
                crc.update(block, 0, n);
            }
        }
        return new SiteFile(size, hex(crc));
    }

    /**
     * A CRC-32C of the bytes, in 8 hex digits: it only has to change when the bytes do, and the JDK computes it with
     * the processor's instruction, where SHA-256 of Mermaid's 3 MB took ~30 ms of every build.
     */
    public static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return hex(crc);
    }

    private static String hex(CRC32C crc) {
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(HEX_LENGTH - hex.length()) + hex;
    }
}
