package vn.motcua.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a node's database directly, behind the application's back: what a test checks there is what was really
 * committed, whatever the API says.
 */
final class NodeDatabase {

    private static final String OPTIONS = "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true"
            + "&sendFractionalSeconds=false&connectionTimeZone=UTC&characterEncoding=UTF-8"
            + "&connectionCollation=utf8mb4_bin";

    private final String url;

    private NodeDatabase(String url) {
        this.url = url;
    }

    /** An empty database of this name on the server at {@code host:port}, for one test. */
    static NodeDatabase fresh(String hostAndPort, String name) throws SQLException {
        String server = "jdbc:mysql://" + hostAndPort + "/";
        try (Connection connection = DriverManager.getConnection(server + OPTIONS, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new NodeDatabase(server + name + OPTIONS);
    }

    /** The database behind a node's JDBC URL. */
    static NodeDatabase at(String url) {
        return new NodeDatabase(url);
    }

    String url() {
        return url;
    }

    long count(String sql, Object... args) throws SQLException {
        List<String> values = list(sql, args);
        return values.isEmpty() || values.get(0) == null ? 0 : Long.parseLong(values.get(0));
    }

    /** The first column of every row, as text. */
    List<String> list(String sql, Object... args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
