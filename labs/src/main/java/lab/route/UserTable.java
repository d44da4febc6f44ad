package lab.route;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The {@code users} table, with UNIQUE username and email as in the course project. Each call opens and closes
 * its own connection, the way each FastAPI request gets its own {@code Session}.
 */
public final class UserTable {

    /** A stored user; the password only as its hash. */
    public record User(int id, String username, String email, String passwordHash) {
    }

    private final String url;

    public UserTable(Path dbFile) {
        this.url = "jdbc:sqlite:" + dbFile;
    }

    public void create() throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.execute("""
                    CREATE TABLE IF NOT EXISTS users (
                        id INTEGER PRIMARY KEY,
                        username TEXT NOT NULL UNIQUE,
                        email TEXT NOT NULL UNIQUE,
                        password TEXT NOT NULL)""");
        }
    }

    public User insert(String username, String email, String passwordHash) throws SQLException {
        try (Connection db = connect();
             PreparedStatement st = db.prepareStatement(
                     "INSERT INTO users (username, email, password) VALUES (?, ?, ?) RETURNING id")) {
            st.setString(1, username);
            st.setString(2, email);
            st.setString(3, passwordHash);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new User(rs.getInt(1), username, email, passwordHash);
            }
        }
    }

    public Optional<User> find(int id) throws SQLException {
        try (Connection db = connect();
             PreparedStatement st = db.prepareStatement("SELECT id, username, email, password FROM users WHERE id = ?")) {
            st.setInt(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new User(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** Changes the three fields of an existing user; a taken username or email fails the UNIQUE constraint. */
    public User update(User changed) throws SQLException {
        try (Connection db = connect();
             PreparedStatement st = db.prepareStatement(
                     "UPDATE users SET username = ?, email = ?, password = ? WHERE id = ?")) {
            st.setString(1, changed.username());
            st.setString(2, changed.email());
            st.setString(3, changed.passwordHash());
            st.setInt(4, changed.id());
            st.executeUpdate(); // autocommit: session.commit()
            return changed;     // what session.refresh(current_user) would read back
        }
    }

    /**
     * SQLAlchemy's {@code IntegrityError}, narrowed to what the route means. sqlite-jdbc reports a UNIQUE
     * violation as an {@link SQLiteException} with an extended result code, not as
     * {@code SQLIntegrityConstraintViolationException}.
     */
    public static boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000); // concurrent requests wait briefly for SQLite's single write lock
        return DriverManager.getConnection(url, config.toProperties());
    }
}
