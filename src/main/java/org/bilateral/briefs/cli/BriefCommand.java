package org.bilateral.briefs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.briefs.BriefFiles;
import org.bilateral.briefs.BriefForm;
import org.bilateral.briefs.BriefFormat;
import org.bilateral.briefs.Briefs;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A brief made from the command line, kept like every brief, and written to a file. */
@Component
@Command(name = "brief", description = {"Makes the brief for a round and writes it to a file; the brief is kept and can be reopened "
        + "on the Brief page.",
    "  brief --a VN --b US --for 2026-03-15 [--since 2026-02-01] [--sections balance,asks] --format pdf|docx|xlsx|html "
        + "--lang vi|en --out FILE"})
class BriefCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--a", descriptionKey = "bilateral.pair.own", description = "our side, e.g. VN (default bilateral.pair.own)")
    String a;

    @Option(names = "--b", descriptionKey = "bilateral.pair.partner", description = "the other side, e.g. US (default bilateral.pair.partner)")
    String b;

    @Option(names = "--for", required = true, description = "the date of the round, e.g. 2026-03-15")
    @Nullable String forDate;

    @Option(names = "--since", description = "the start of what it reports (default: the pair's last brief, else half a year before)")
    @Nullable String since;

    @Option(names = "--sections", split = ",", description = "balance, commitments, engagements, hill, asks, offers, risks (default: all)")
    @Nullable List<String> sections;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, docx, xlsx or html")
    @Nullable String format;

    @Option(names = "--lang", defaultValue = "vi", description = "vi or en")
    @Nullable String lang;

    @Option(names = "--out", description = "the file to write (default: the brief's own name in the current directory)")
    @Nullable Path out;

    private final Briefs briefs;
    private final BriefFiles files;

    BriefCommand(Briefs briefs, BriefFiles files) {
        this.briefs = briefs;
        this.files = files;
    }

    @Override
    public Integer call() throws IOException {
        BriefFormat f = BriefFormat.parse(format);
        Briefs.Kept kept = briefs.make(new BriefForm(a, b, forDate, since, sections, lang).request(),
                "command line (" + System.getProperty("user.name") + ")");
        BriefFiles.File file = files.write(kept, f);
        Path target = out == null ? Path.of(file.name()) : out;
        Files.write(target, file.bytes());
        System.out.printf("brief %d (%s – %s, for %s, %s) written to %s, %,d bytes%s%n", kept.id(), kept.brief().request().a(),
                kept.brief().request().b(), kept.brief().request().forDate(), kept.brief().request().language().code(), target,
                file.bytes().length, kept.brief().synthetic() ? " (SYNTHETIC demonstration data)" : "");
        return 0;
    }
}
