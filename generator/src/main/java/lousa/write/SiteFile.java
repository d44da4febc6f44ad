package lousa.write;

/**
 * A file of a built site as the offline list names it: its size and a checksum of its bytes (CRC-32C, hex), so a
 * reader's saved copy of the course fetches again only the files whose bytes changed.
 */
public record SiteFile(long size, String checksum) {
}
