package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's images load lazily and keep their place before they arrive: their width and height are the file's, or
 * follow the width the author gave.
 */
class ImageLoadingTest {

    @TempDir
    Path dir;

    private static byte[] image(int width, int height, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void imagesGetTheirFilesSizeAndLoadLazily() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("mod/img/tela 1.png", image(800, 600, "png"))
                .bytes("mod/img/foto.jpg", image(300, 450, "jpg"))
                .file("mod/1-a.md", """
                        # A

                        ![Tela](img/tela%201.png)

                        ![[foto.jpg|200]]

                        <img src="img/tela 1.png" alt="Tela" height="60" />

                        <img src="img/foto.jpg" alt="Foto" width="50%" loading="eager" />

                        ![Web](https://example.org/x.png)
                        """);
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false, null, true));
        assertEquals(List.of(), course.messages(result));

        Document page = Jsoup.parse(course.read("mod/a.html"));
        List<Element> images = page.select(".prose img");
        assertEquals(5, images.size(), images.toString());
        assertEquals(List.of("800x600", "200x300", "80x60", "50%x", "x"),
                images.stream().map(i -> i.attr("width") + "x" + i.attr("height")).toList(),
                "the file's size; the height of a given width; the width of a given height; nothing beside a"
                        + " size written otherwise; none for an image on the web");
        assertEquals(List.of("lazy", "lazy", "lazy", "eager", "lazy"), images.stream().map(i -> i.attr("loading"))
                .toList(), "an author's loading stays");
        images.forEach(i -> assertEquals("async", i.attr("decoding")));
        assertFalse(page.select(".prose img[src*=media]").isEmpty());
    }
}
