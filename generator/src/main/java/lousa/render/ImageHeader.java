package lousa.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * An image's width and height in pixels as a browser shows it, read from the first bytes of a PNG, GIF, JPEG, WebP
 * or BMP file without decoding it (and an SVG's own, {@link SvgSize}); a JPEG turned by its Exif orientation is
 * given turned. ImageIO reads no WebP on JDK 17 and takes ~55 ms to start its plugin registry, more than a course's
 * images cost here.
 */
final class ImageHeader {

    private ImageHeader() {
    }

    /** The image's size; empty when the file is none of these formats, or too damaged to tell. */
    static Optional<ImageSizes.Size> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = bytes(channel, 0, 32);
            if (head.remaining() < 26) {
                return Optional.empty();
            }
            if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return size(head.order(ByteOrder.BIG_ENDIAN).getInt(16), head.getInt(20));
            }
            if (startsWith(head, 'G', 'I', 'F', '8')) {
                head.order(ByteOrder.LITTLE_ENDIAN);
                return size(head.getShort(6) & 0xFFFF, head.getShort(8) & 0xFFFF);
            }
            if (startsWith(head, 'B', 'M')) {
                head.order(ByteOrder.LITTLE_ENDIAN);
                return size(head.getInt(18), Math.abs(head.getInt(22))); // negative: rows stored top-down
            }
            if (startsWith(head, 'R', 'I', 'F', 'F') && head.get(8) == 'W' && head.get(9) == 'E' && head.get(10) == 'B'
                    && head.get(11) == 'P' && head.remaining() >= 30) {
                return webp(head.order(ByteOrder.LITTLE_ENDIAN));
            }
            if (startsWith(head, 0xFF, 0xD8)) {
                return jpeg(channel);
            }
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                    ? SvgSize.read(file) : Optional.empty();
        }
    }

    /** The three kinds of WebP: lossy (VP8), lossless (VP8L) and extended (VP8X, with alpha or animation). */
    private static Optional<ImageSizes.Size> webp(ByteBuffer head) {
        String chunk = new String(new byte[] {head.get(12), head.get(13), head.get(14), head.get(15)},
                java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> size(head.getShort(26) & 0x3FFF, head.getShort(28) & 0x3FFF);
            case "VP8L" -> {
                int bits = head.getInt(21);
                yield size((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> size(uint24(head, 24) + 1, uint24(head, 27) + 1);
            default -> Optional.empty();
        };
    }

    /**
     * Walks the JPEG's segments to its frame header (SOF), jumping over the others by their lengths, and reads the
     * Exif orientation on the way: 5 to 8 mean the picture is shown a quarter turn round.
     */
    private static Optional<ImageSizes.Size> jpeg(FileChannel channel) throws IOException {
        long position = 2;
        int orientation = 1;
        while (position < channel.size()) {
            ByteBuffer marker = bytes(channel, position, 4).order(ByteOrder.BIG_ENDIAN);
            if (marker.remaining() < 4 || (marker.get(0) & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int type = marker.get(1) & 0xFF;
            if (type == 0xFF) { // a fill byte before the marker
                position++;
                continue;
            }
            if (type == 0x01 || (type >= 0xD0 && type <= 0xD7)) { // markers without a length
                position += 2;
                continue;
            }
            int length = marker.getShort(2) & 0xFFFF;
            boolean frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (frame) {
                ByteBuffer sof = bytes(channel, position + 4, 5).order(ByteOrder.BIG_ENDIAN);
                if (sof.remaining() < 5) {
                    return Optional.empty();
                }
                int height = sof.getShort(1) & 0xFFFF;
                int width = sof.getShort(3) & 0xFFFF;
                return orientation >= 5 && orientation <= 8 ? size(height, width) : size(width, height);
            }
            if (type == 0xE1 && length > 16) {
                orientation = exifOrientation(bytes(channel, position + 4, Math.min(length - 2, 4096)), orientation);
            }
            if (type == 0xD9 || type == 0xDA) { // the end, or the picture itself, with no frame header before it
                return Optional.empty();
            }
            position += 2 + length;
        }
        return Optional.empty();
    }

    /** The orientation tag (0x0112) of an APP1 segment's Exif IFD0, or {@code otherwise}. */
    private static int exifOrientation(ByteBuffer app1, int otherwise) {
        if (app1.remaining() < 14 || app1.get(0) != 'E' || app1.get(1) != 'x' || app1.get(2) != 'i'
                || app1.get(3) != 'f') {
            return otherwise;
        }
        ByteBuffer tiff = app1.position(6).slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd = tiff.getInt(4) & 0xFFFFFFFFL;
        if (ifd + 2 > tiff.limit()) {
            return otherwise;
        }
        int entries = tiff.getShort((int) ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) {
                break;
            }
            if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                return tiff.getShort(entry + 8) & 0xFFFF;
            }
        }
        return otherwise;
    }

    private static ByteBuffer bytes(FileChannel channel, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until full or the end of the file
        }
        return buffer.flip();
    }

    private static boolean startsWith(ByteBuffer head, int... signature) {
        for (int i = 0; i < signature.length; i++) {
            if ((head.get(i) & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int uint24(ByteBuffer buffer, int at) {
        return (buffer.get(at) & 0xFF) | (buffer.get(at + 1) & 0xFF) << 8 | (buffer.get(at + 2) & 0xFF) << 16;
    }

    private static Optional<ImageSizes.Size> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSizes.Size(width, height)) : Optional.empty();
    }
}
