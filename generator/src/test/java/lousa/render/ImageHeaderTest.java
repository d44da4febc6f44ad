package lousa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageHeaderTest {

    @TempDir
    Path dir;

    private Optional<ImageSizes.Size> read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ImageHeader.read(file);
    }

    private static byte[] written(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "jpg", "bmp"})
    void readsTheSizeOfWhatImageIoWrites(String format) throws Exception {
        assertEquals(Optional.of(new ImageSizes.Size(317, 145)), read("a." + format, written(format, 317, 145)));
    }

    /** An SVG's own width and height in pixels, as draw.io and Excalidraw write them; none when it is sized otherwise. */
    @Test
    void readsTheSizeAnSvgGivesItself() throws Exception {
        assertEquals("801x421", svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- draw.io -->\n<svg"
                + " xmlns=\"http://www.w3.org/2000/svg\" width=\"801px\" height=\"421px\" viewBox=\"-0.5 -0.5 801 421\">"
                + "<g/></svg>"));
        assertEquals("1235x567", svg("<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 1234.5 567\" width=\"1234.5\" height=\"567\"></svg>"));
        assertEquals("none", svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M0 0\"/></svg>"),
                "a viewBox alone: the page sizes it");
        assertEquals("none", svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"20em\"></svg>"));
        assertEquals("none", svg("not an svg at all, though its name says so: a text file of some length"));
    }

    private String svg(String text) throws Exception {
        return read("a.svg", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(s -> s.width() + "x" + s.height()).orElse("none");
    }

    /** Made by cwebp 1.2 (Debian's webp): lossy, lossless, and lossy with alpha (the extended header). */
    @ParameterizedTest
    @CsvSource({"lossy-300x170.webp, 300, 170", "lossless-300x170.webp, 300, 170", "alpha-301x171.webp, 301, 171"})
    void readsTheThreeKindsOfWebp(String name, int width, int height) throws Exception {
        byte[] bytes = getClass().getResourceAsStream("/images/" + name).readAllBytes();
        assertEquals(Optional.of(new ImageSizes.Size(width, height)), read(name, bytes));
    }

    @Test
    void aJpegTurnedByItsExifOrientationIsGivenTurned() throws Exception {
        byte[] jpeg = written("jpg", 400, 300);
        assertEquals(Optional.of(new ImageSizes.Size(300, 400)), read("turned.jpg", withOrientation(jpeg, 6)));
        assertEquals(Optional.of(new ImageSizes.Size(400, 300)), read("upright.jpg", withOrientation(jpeg, 3)));
    }

    @Test
    void anythingElseHasNoSize() throws Exception {
        byte[] png = written("png", 10, 10);
        assertEquals(Optional.empty(), read("cut.png", Arrays.copyOf(png, 20)));
        assertEquals(Optional.empty(), read("a.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10'/>".getBytes()));
        assertEquals(Optional.empty(), read("cut.jpg", Arrays.copyOf(written("jpg", 10, 10), 40)));
        assertEquals(Optional.empty(), read("empty.png", new byte[0]));
    }

    /** The JPEG with an APP1 Exif segment after its SOI whose IFD0 holds only the orientation tag. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes());
        exif.put("MM".getBytes()).putShort((short) 42).putInt(8); // big-endian TIFF, IFD0 right after
        exif.putShort((short) 1); // one entry: orientation, SHORT, count 1
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.capacity());
        out.put(jpeg, 0, 2).put(exif.array()).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
