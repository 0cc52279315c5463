package net.mspbridge.host.reliability;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.host.db.Database;

/**
 * The whole content of the host database as H2's {@code SCRIPT} writes it: every table's definition
 * and every row as SQL, sequences with their current values. Two equal dumps mean equal data, which
 * is the honest comparison: the bytes of {@code host.mv.db} change on reads too (H2's MVStore writes
 * chunk and header pages as it pleases), so comparing the file would fail for no reason.
 */
final class DatabaseDump {

    private DatabaseDump() {
    }

    static List<String> of(Database database) {
        return database.read(connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SCRIPT")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        });
    }

    /** The lines of one dump missing from the other, both ways, for a failure message. */
    static String difference(List<String> before, List<String> after) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return "removed: " + gone + "\nadded: " + added;
    }
}
