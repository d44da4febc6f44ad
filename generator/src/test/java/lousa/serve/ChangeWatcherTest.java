package lousa.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.nio.file.SensitivityWatchEventModifier;
import java.nio.file.WatchEvent;
import org.junit.jupiter.api.Test;

class ChangeWatcherTest {

    @Test
    @SuppressWarnings("removal")
    void onJdk17sPollingServiceFoldersAreWatchedEveryTwoSecondsNotTen() {
        assertArrayEquals(new WatchEvent.Modifier[] {SensitivityWatchEventModifier.HIGH},
                ChangeWatcher.modifiers("sun.nio.fs.PollingWatchService", 17));
    }

    @Test
    void nativeServicesAndNewerJdksGetNoModifier() {
        assertArrayEquals(new WatchEvent.Modifier[0], ChangeWatcher.modifiers("sun.nio.fs.LinuxWatchService", 17));
        assertArrayEquals(new WatchEvent.Modifier[0], ChangeWatcher.modifiers("sun.nio.fs.PollingWatchService", 21));
    }

    @Test
    void editorTemporariesAndDotFilesDoNotCount() {
        for (String name : new String[] {".aula.md.swp", "aula.md~", "4913", ".#aula.md", "aula.md___jb_tmp___",
                "aula.tmp", ".git"}) {
            assertTrue(ChangeWatcher.ignored(name), name);
        }
        assertFalse(ChangeWatcher.ignored("aula.md"));
        assertFalse(ChangeWatcher.ignored("diagrama.png"));
    }
}
