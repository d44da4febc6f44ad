package lab.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import lab.Translates;
import lab.route.UserTable.User;

/**
 * Lição «Tornando o projeto assíncrono» (slides), exemplo 1: a rota {@code update_user} do FastAPI ({@code PUT /users/{user_id}}).
 *
 * <p>A rota é um {@code def} comum, então o FastAPI a executa num pool de threads enquanto ela fica bloqueada no banco
 * de dados. O {@link HttpServer} do JDK, com um thread virtual por requisição, reproduz esse modelo sem nenhum pool
 * para dimensionar. A dependência {@code CurrentUser} (um JWT no projeto do curso) vira aqui um mapa de token Bearer
 * para id de usuário; os status HTTP e os corpos com {@code detail} são os do FastAPI.
 */
@Translates(lesson = "programacao-assincrona/tornando-o-projeto-assincrono", example = 1)
public final class UserUpdateRoute implements HttpHandler {

    /** The response: status and JSON body. */
    record Reply(int status, String json) {
        static Reply detail(int status, String detail) {
            return new Reply(status, "{\"detail\":" + FlatJson.quote(detail) + "}");
        }
    }

    /** UserSchema: what the client sends. */
    record UserSchema(String username, String email, String password) {
    }

    private static final Pattern PATH = Pattern.compile("/users/(\\d{1,9})");

    private final UserTable users;
    private final Map<String, Integer> tokens;
    private final PasswordHasher hasher;

    public UserUpdateRoute(UserTable users, Map<String, Integer> tokens, PasswordHasher hasher) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
    }

    /** Serves {@code /users/} on a virtual thread per request; stop it with {@code server.stop(0)}. */
    public static HttpServer start(InetSocketAddress address, UserUpdateRoute route) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/users/", route);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return server;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try (InputStream body = exchange.getRequestBody()) {
            reply = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException e) {
            reply = Reply.detail(500, "Internal Server Error");
        }
        byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What FastAPI does before calling the function: match the path, validate the body, resolve CurrentUser. */
    Reply route(String method, String path, String authorization, String body) throws SQLException {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Reply.detail(404, "Not Found");
        }
        if (!method.equals("PUT")) {
            return Reply.detail(405, "Method Not Allowed");
        }
        Optional<UserSchema> user = parse(body);
        if (user.isEmpty()) {
            return Reply.detail(422, "Invalid body: expected username, email and password");
        }
        Optional<User> currentUser = currentUser(authorization);
        if (currentUser.isEmpty()) {
            return Reply.detail(401, "Could not validate credentials");
        }
        return updateUser(Integer.parseInt(m.group(1)), user.get(), currentUser.get());
    }

    // region lesson
    Reply updateUser(int userId, UserSchema user, User currentUser) throws SQLException {
        if (currentUser.id() != userId) {
            return Reply.detail(403, "Not enough permissions"); // HTTPStatus.FORBIDDEN
        }
        try {
            User updated = users.update(new User(currentUser.id(), user.username(), user.email(),
                    hasher.hash(user.password())));
            return new Reply(200, publicJson(updated)); // response_model=UserPublic: no password
        } catch (SQLException e) {
            if (!UserTable.isUniqueViolation(e)) { // except IntegrityError: only the UNIQUE case is a conflict
                throw e;
            }
            return Reply.detail(409, "Username or Email already exists"); // HTTPStatus.CONFLICT
        }
    }
    // endregion

    private Optional<User> currentUser(String authorization) throws SQLException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        Integer id = tokens.get(authorization.substring("Bearer ".length()));
        return id == null ? Optional.empty() : users.find(id);
    }

    private static Optional<UserSchema> parse(String body) {
        try {
            Map<String, String> f = FlatJson.parseStringObject(body);
            if (f.get("username") == null || f.get("email") == null || f.get("password") == null) {
                return Optional.empty();
            }
            return Optional.of(new UserSchema(f.get("username"), f.get("email"), f.get("password")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String publicJson(User u) {
        return "{\"id\":" + u.id() + ",\"username\":" + FlatJson.quote(u.username())
                + ",\"email\":" + FlatJson.quote(u.email()) + "}";
    }

    /** Starts the API, seeds two users and shows the three answers of the route. */
    static void run(Path dbFile, PasswordHasher hasher, Consumer<String> out) throws Exception {
        UserTable users = new UserTable(dbFile);
        users.create();
        User alice = users.insert("alice", "alice@example.com", hasher.hash("segredo"));
        User bob = users.insert("bob", "bob@example.com", hasher.hash("segredo"));
        Map<String, Integer> tokens = Map.of("token-da-alice", alice.id(), "token-do-bob", bob.id());

        HttpServer server = start(new InetSocketAddress("127.0.0.1", 0),
                new UserUpdateRoute(users, tokens, hasher));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            out.accept(put(client, base, alice.id(), "token-da-alice",
                    "{\"username\":\"alice2\",\"email\":\"alice2@example.com\",\"password\":\"nova\"}"));
            out.accept(put(client, base, bob.id(), "token-da-alice",
                    "{\"username\":\"bobby\",\"email\":\"bob@example.com\",\"password\":\"x\"}"));
            out.accept(put(client, base, alice.id(), "token-da-alice",
                    "{\"username\":\"bob\",\"email\":\"alice@example.com\",\"password\":\"x\"}"));
        } finally {
            server.stop(0);
        }
    }

    private static String put(HttpClient client, URI base, int userId, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/users/" + userId))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return "PUT /users/" + userId + " (" + token + ") " + json + " -> " + response.statusCode() + " "
                + response.body();
    }

    public static void main(String[] args) throws Exception {
        Path db = Files.createTempFile("usuarios", ".db");
        try {
            run(db, PasswordHasher.recommended(), System.out::println);
        } finally {
            Files.deleteIfExists(db);
        }
    }
}
