package lousa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.build.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which links of a lesson are external, and on which line each is written. */
class ExternalLinksTest {

    @TempDir
    Path dir;

    @Test
    void linksImagesAutolinksReferencesAndRawHtmlWithTheirLines() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("aula.md", """
                ---
                image: https://example.com/capa.png
                ---
                # Aula

                Veja [a documentação](https://docs.python.org/3/library/asyncio.html#tasks) e
                ![logo](http://example.com/logo.png "Logo").

                Um endereço solto: https://example.org/solto

                [ref]: https://example.net/referencia

                <div>
                  <iframe src="https://www.youtube.com/embed/abc"></iframe>
                  <img src="https://example.com/foto.jpg">
                </div>

                ```python
                print("https://example.com/no-codigo")
                ```

                %%
                [escondido](https://example.com/comentario)
                %%

                <!-- <a href="https://example.com/comentado">x</a> -->
                [interno](aula.md) e [correio](mailto:a@b.c) e <a href="https://example.com/inline">inline</a>.
                """);
        Build build = Build.keepingLessons();
        build.run(new BuildOptions(course.content(), null, false, null, false));
        List<String> found = ExternalLinks.of(build.parsedLessons()).stream()
                .map(link -> link.line() + " " + link.url()).toList();
        assertEquals(List.of(
                "2 https://example.com/capa.png",
                "6 https://docs.python.org/3/library/asyncio.html",
                "7 http://example.com/logo.png",
                "9 https://example.org/solto",
                "11 https://example.net/referencia",
                "14 https://www.youtube.com/embed/abc",
                "15 https://example.com/foto.jpg",
                "27 https://example.com/inline"), found);
    }
}
