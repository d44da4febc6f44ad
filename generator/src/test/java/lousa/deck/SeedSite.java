package lousa.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a deck's presentation page and the deck assets into a folder laid out like the site. */
final class SeedSite {

    static final String LESSON = "programacao-assincrona/tornando-o-projeto-assincrono.html";

    private SeedSite() {
    }

    /** @return the presentation page written */
    static Path write(Path siteOut, Deck deck) throws IOException {
        DeckAssetUrls assets = DeckAssets.write(lousa.site.AssetFiles.into(siteOut),
                lousa.site.Theme.builtIn().writeAssets(lousa.site.AssetFiles.into(siteOut),
                        java.util.List.of("python")));
        String lessonFile = LESSON.substring(LESSON.lastIndexOf('/') + 1);
        DeckPageContext ctx = new DeckPageContext("FastAPI do Zero", "", "pt-BR", "../", lessonFile, assets);
        Path page = siteOut.resolve(DeckPaths.presentationPath(LESSON));
        Files.createDirectories(page.getParent());
        Files.writeString(page, DeckPage.render(deck, ctx), StandardCharsets.UTF_8);
        Files.writeString(siteOut.resolve(LESSON), "<!DOCTYPE html><html lang=\"pt-BR\"><meta charset=\"utf-8\">"
                + "<title>Aula</title><body>" + DeckHandout.html(deck, DeckPaths.presentationHref(LESSON))
                + "</body></html>", StandardCharsets.UTF_8);
        return page;
    }
}
