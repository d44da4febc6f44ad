package lab.s08_network;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lab.Translates;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §8, exemplo 12: criar, inserir e ler com aiosqlite.
 *
 * <p>O próprio aiosqlite roda o driver bloqueante {@code sqlite3} num thread auxiliar e devolve objetos aguardáveis
 * (awaitables). O Java faz o mesmo, às claras: JDBC bloqueante (sqlite-jdbc) dentro de {@code supplyAsync}, num
 * executor de threads virtuais, retornando objetos {@link CompletableFuture}. Os valores passam por um
 * {@link PreparedStatement} em vez das f-strings da lição (que abrem espaço para injeção de SQL); um nome de tabela não
 * pode ser um parâmetro {@code ?}, por isso ele é validado.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 12)
public final class MessageStore {

    /** One row, as Python's cursor yields the tuple {@code (id, mensagem)}. */
    public record Message(int id, String mensagem) {
        @Override
        public String toString() {
            return "(" + id + ", '" + mensagem + "')"; // the way Python prints a tuple
        }
    }

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final String url;
    private final String table;
    private final ExecutorService executor;

    public MessageStore(Path dbFile, String table, ExecutorService executor) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("invalid table name: " + table);
        }
        this.url = "jdbc:sqlite:" + dbFile;
        this.table = table;
        this.executor = executor;
    }

    // region lesson
    /** criar_tabelas */
    public CompletableFuture<Void> createTable() {
        return withConnection(db -> {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY, mensagem TEXT)");
            }
            return null;
        });
    }

    /** inserir_dados: ten rows in one transaction, committed once like the lesson's single commit(). */
    public CompletableFuture<Void> insertSample() {
        return withConnection(db -> {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (mensagem) VALUES (?)")) {
                for (int i = 0; i < 10; i++) {
                    insert.setString(1, "Mensagem " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            return null;
        });
    }

    /** pegar_dados */
    public CompletableFuture<List<Message>> findAll() {
        return withConnection(db -> {
            List<Message> rows = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                while (rs.next()) {
                    rows.add(new Message(rs.getInt("id"), rs.getString("mensagem")));
                }
            }
            return rows;
        });
    }

    static void run(Path dbFile, Consumer<String> out) {
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            MessageStore store = new MessageStore(dbFile, "mensagens", virtualThreads);
            List<Message> dados = store.createTable()
                    .thenCompose(created -> store.insertSample()) // thenCompose: "await" the next step
                    .thenCompose(inserted -> store.findAll())
                    .join();
            out.accept(dados.stream().map(Message::toString).collect(Collectors.joining(", ", "[", "]")));
        }
    }
    // endregion

    private interface Work<T> {
        T apply(Connection db) throws SQLException;
    }

    /** Opens a connection per call and closes it, like {@code async with aiosqlite.connect(db_name) as db}. */
    private <T> CompletableFuture<T> withConnection(Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection db = DriverManager.getConnection(url)) {
                return work.apply(db);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    public static void main(String[] args) {
        run(Path.of("banco.db"), System.out::println); // like the lesson, in the working directory
    }
}
