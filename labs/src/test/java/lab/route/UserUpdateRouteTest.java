package lab.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import lab.LabOutputFile;
import lab.route.UserTable.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real HttpServer on a free loopback port, a real SQLite file, real PUTs. */
@Timeout(30)
class UserUpdateRouteTest {

    /** Few iterations: the tests check the format, not the cost. */
    private static final PasswordHasher FAST = new PasswordHasher(1_000);

    @TempDir
    Path dir;

    private UserTable users;
    private HttpServer server;
    private HttpClient client;
    private User alice;
    private User bob;

    @BeforeEach
    void start() throws Exception {
        users = new UserTable(dir.resolve("users.db"));
        users.create();
        alice = users.insert("alice", "alice@example.com", FAST.hash("segredo"));
        bob = users.insert("bob", "bob@example.com", FAST.hash("segredo"));
        Map<String, Integer> tokens = Map.of("t-alice", alice.id(), "t-bob", bob.id());
        server = UserUpdateRoute.start(new InetSocketAddress("127.0.0.1", 0), new UserUpdateRoute(users, tokens, FAST));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .timeout(Duration.ofSeconds(5))
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesOwnUserAndHidesThePassword() throws Exception {
        HttpResponse<String> response = put("/users/" + alice.id(), "t-alice",
                "{\"username\": \"alice2\", \"email\": \"alice2@example.com\", \"password\": \"nova senha\"}");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"id\":" + alice.id() + ",\"username\":\"alice2\",\"email\":\"alice2@example.com\"}",
                response.body());
        User stored = users.find(alice.id()).orElseThrow();
        assertEquals("alice2", stored.username());
        assertTrue(stored.passwordHash().startsWith("pbkdf2_sha256$1000$"));
        assertTrue(PasswordHasher.verify("nova senha", stored.passwordHash()));
        assertFalse(PasswordHasher.verify("segredo", stored.passwordHash()));
    }

    @Test
    void anotherUsersIdIsForbidden() throws Exception {
        HttpResponse<String> response = put("/users/" + bob.id(), "t-alice",
                "{\"username\":\"x\",\"email\":\"x@example.com\",\"password\":\"x\"}");

        assertEquals(403, response.statusCode());
        assertEquals("{\"detail\":\"Not enough permissions\"}", response.body());
        assertEquals("bob", users.find(bob.id()).orElseThrow().username());
    }

    @Test
    void takenUsernameOrEmailIsAConflict() throws Exception {
        HttpResponse<String> username = put("/users/" + alice.id(), "t-alice",
                "{\"username\":\"bob\",\"email\":\"alice@example.com\",\"password\":\"x\"}");
        HttpResponse<String> email = put("/users/" + alice.id(), "t-alice",
                "{\"username\":\"alice\",\"email\":\"bob@example.com\",\"password\":\"x\"}");

        assertEquals(409, username.statusCode());
        assertEquals("{\"detail\":\"Username or Email already exists\"}", username.body());
        assertEquals(409, email.statusCode());
        assertEquals("{\"detail\":\"Username or Email already exists\"}", email.body());
        assertEquals(alice, users.find(alice.id()).orElseThrow()); // nothing changed
    }

    @Test
    void missingTokenOrBadBodyIsRejectedBeforeTheRoute() throws Exception {
        HttpResponse<String> noToken = put("/users/" + alice.id(), null,
                "{\"username\":\"a\",\"email\":\"a@example.com\",\"password\":\"x\"}");
        HttpResponse<String> badBody = put("/users/" + alice.id(), "t-alice", "{\"username\":\"a\"}");

        assertEquals(401, noToken.statusCode());
        assertEquals("{\"detail\":\"Could not validate credentials\"}", noToken.body());
        assertEquals(422, badBody.statusCode());
    }

    @Test
    void demoPrintsTheThreeAnswers() throws Exception {
        List<String> out = new ArrayList<>();

        UserUpdateRoute.run(dir.resolve("demo.db"), FAST, out::add);

        assertEquals(List.of(
                "PUT /users/1 (token-da-alice) {\"username\":\"alice2\",\"email\":\"alice2@example.com\",\"password\":\"nova\"}"
                        + " -> 200 {\"id\":1,\"username\":\"alice2\",\"email\":\"alice2@example.com\"}",
                "PUT /users/2 (token-da-alice) {\"username\":\"bobby\",\"email\":\"bob@example.com\",\"password\":\"x\"}"
                        + " -> 403 {\"detail\":\"Not enough permissions\"}",
                "PUT /users/1 (token-da-alice) {\"username\":\"bob\",\"email\":\"alice@example.com\",\"password\":\"x\"}"
                        + " -> 409 {\"detail\":\"Username or Email already exists\"}"), out);
        LabOutputFile.write("programacao-assincrona/tornando-o-projeto-assincrono", 1,
                "UserUpdateRouteTest#demoPrintsTheThreeAnswers", out);
    }
}
