/**
 * Lição «Tornando o projeto assíncrono» (slides): the FastAPI {@code update_user} route, served by the JDK's own HttpServer.
 * SQLite through JDBC stands in for SQLAlchemy; PBKDF2 from the JDK stands in for the project's password hashing.
 */
package lab.route;
