package lousa.deck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Telling a note at a glance gives what reading every comment as YAML gives. */
class DirectivesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            " theme: gaia ",
            " _class: lead\n   paginate: true ",
            " $theme: uncover ",
            "\nheadingDivider: [2, 3]\n",
            " {theme} ",
            " ? theme\n : gaia ",
            " \"\\x74heme\": gaia ",
            " \"the\\\n  me\": gaia ",
            " Theme: gaia ",
            " backgroundColor: '#fff' ",
            " Uma nota para quem apresenta: nada de YAML aqui. ",
            " Além disso, o loop de eventos aguarda a resposta do servidor? ",
            " nota com: dois pontos e { chaves } e [ colchetes ] ",
            " fit ",
            " ",
            "",
            " - lista\n - de notas ",
            " : inválido : ",
            " a cor (color) do título ",
    })
    void aGlanceAgreesWithYaml(String comment) {
        assertEquals(Directives.fromYaml(comment), Directives.fromComment(comment));
    }

    @Test
    void aNameSpelledWithEscapesIsStillADirective() {
        assertEquals(Optional.of(Map.of("theme", "gaia")), Directives.fromComment(" \"\\x74heme\": gaia "));
    }
}
