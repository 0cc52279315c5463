package net.mspbridge.host.fake;

import java.io.IOException;
import java.nio.file.Path;

import net.mspbridge.host.db.Database;

/** A separate process that opens the host database of a folder and keeps it open until its input closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            database.read(connection -> connection.isValid(5));
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the parent closes our input, or kills us
            }
        }
    }
}
