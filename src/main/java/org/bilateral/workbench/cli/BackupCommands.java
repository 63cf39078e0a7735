package org.bilateral.workbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilateral.workbench.Backups;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `backup FILE` and `restore FILE`: the whole record in one archive, and back. */
final class BackupCommands {

    private BackupCommands() {
    }

    private static void print(String what, Backups.Contents contents) {
        System.out.printf("%s %,d rows in %d tables (schema version %s)%n", what, contents.total(), contents.rows().size(),
                contents.schemaVersion());
    }

    @Component
    @Command(name = "backup", description = {"Write the whole record (every table, one consistent snapshot) into FILE.",
        "Works while the workbench serves. Schedule it, e.g. daily from cron: 0 2 * * * cd /opt/bilateral && "
            + "./bilateral backup /backups/bilateral-$(date +\\%F).zip"})
    static class Backup implements Callable<Integer>, CliCommand {
        @Parameters(index = "0", description = "the archive to write (a ZIP)")
        Path file;

        private final Backups backups;

        Backup(Backups backups) {
            this.backups = backups;
        }

        @Override
        public Integer call() throws Exception {
            print("Wrote " + file + ":", backups.backup(file));
            return 0;
        }
    }

    @Component
    @Command(name = "restore", description = {"Replace the record by a backup's, all of it or nothing.",
        "The workbench must be at the backup's schema version; a database that holds data is replaced only with --replace.",
        "The archive is read whole against its manifest first: a table missing, an entry more, a row count or checksum"
            + " that differs refuses the restore, naming it, and nothing changes."})
    static class Restore implements Callable<Integer>, CliCommand {
        @Parameters(index = "0", description = "the archive written by backup")
        Path file;

        @Option(names = "--replace", description = "replace what this database holds")
        boolean replace;

        private final Backups backups;

        Restore(Backups backups) {
            this.backups = backups;
        }

        @Override
        public Integer call() throws Exception {
            Backups.Contents restored = backups.restore(file, replace);
            print("Restored from " + file + ":", restored);
            System.out.println(restored.checksums()
                    ? "Every table was checked against the archive's manifest (its row count and SHA-256) before anything changed."
                    : "The archive was written before backups carried checksums: every table was checked against the"
                            + " manifest's row counts only.");
            return 0;
        }
    }
}
