package lousa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lousa} launcher at the top of the repository: the JVM options it picks (the class-data archive
 * when the build made one, C1 only for build and check) and that it passes the arguments on untouched. A stand-in
 * {@code java} (through {@code JAVA_HOME}) prints what it was given.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "lousa").toAbsolutePath().normalize();

    @TempDir
    Path repo;

    private Path javaHome;

    @BeforeEach
    void copyTheLauncherBesideAJar() throws IOException {
        Files.copy(LAUNCHER, repo.resolve("lousa"));
        Files.createDirectories(repo.resolve("generator/target"));
        Files.writeString(repo.resolve("generator/target/lousa.jar"), "");
        javaHome = repo.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void buildRunsOnC1WithTheClassDataArchive() throws Exception {
        Files.writeString(repo.resolve("generator/target/lousa.jsa"), "");
        List<String> args = run(Map.of(), "build", "--strict");

        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
        assertTrue(args.contains("-XX:CompileThresholdScaling=0.25"), args.toString());
        assertTrue(args.contains("-XX:InitiatingHeapOccupancyPercent=85"), args.toString());
        assertTrue(args.contains("-XX:MaxTenuringThreshold=0"), args.toString());
        assertTrue(args.contains("-XX:NewSize=150m"), args.toString());
        assertTrue(args.contains("-XX:SharedArchiveFile=" + repo.toRealPath().resolve("generator/target/lousa.jsa")),
                args.toString());
        assertEquals(List.of("-jar", repo.toRealPath().resolve("generator/target/lousa.jar").toString(), "build",
                "--strict"), args.subList(args.indexOf("-jar"), args.size()), "the arguments go on as given");
    }

    @Test
    void withoutAnArchiveThereIsNoArchiveOption() throws Exception {
        List<String> args = run(Map.of(), "check", "--content", "outro");
        assertFalse(String.join(" ", args).contains("SharedArchiveFile"), args.toString());
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
    }

    @Test
    void serveKeepsBothCompilers() throws Exception {
        List<String> args = run(Map.of(), "serve");
        assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
        assertFalse(args.contains("-XX:CompileThresholdScaling=0.25"), args.toString());
        assertFalse(args.contains("-XX:MaxTenuringThreshold=0"), args.toString()); // serve runs for hours: G1 as it comes
    }

    @Test
    void theUsersOptionsComeLastSoTheyWin() throws Exception {
        List<String> args = run(Map.of("LOUSA_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "build");
        int jar = args.indexOf("-jar");
        assertEquals(List.of("-Xmx1g", "-XX:TieredStopAtLevel=4"), args.subList(jar - 2, jar));
        assertTrue(args.indexOf("-XX:TieredStopAtLevel=1") < jar - 2);
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Files.delete(repo.resolve("generator/target/lousa.jar"));
        Process process = start(Map.of(), "build");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor());
        assertTrue(err.contains("build it first: mvn -q -B -pl generator -am package -DskipTests"), err);
    }

    private List<String> run(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertEquals(0, process.waitFor(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return lines;
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", repo.resolve("lousa").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("LOUSA_JAVA_OPTS");
        builder.environment().putAll(env);
        return builder.start();
    }
}
