package org.bilateral.workbench;

import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;

/** A backup in a process of its own, for BackupsTest to kill in the middle of its archive: `KilledBackup JDBC-URL FILE`. */
final class KilledBackup {

    private KilledBackup() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(args[0]);
        new Backups(db).backup(Path.of(args[1]));
    }
}
