package org.bilateral.extraction.cli;

import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.extraction.reading.Corpus;
import org.bilateral.extraction.reading.CorpusDocument;
import org.bilateral.extraction.reading.Evaluation;
import org.bilateral.extraction.reading.ReaderModels;
import org.bilateral.extraction.reading.Scoring;
import org.bilateral.workbench.CliCommand;
import org.bilateral.doors.ProgressBar;
import org.bilateral.workbench.WithoutDatabase;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "evaluate", description = {
        "Measures the press-release reader on publishers its models never saw (leave-one-publisher-out).",
        "For each publisher, trains the reader's models on every other publisher's documents, reads that publisher's",
        "documents and scores them as the corpus's score.py does.",
        "Prints every metric's precision, recall and F1 overall and per corpus folder, then the shipped models' plain score",
        "on the same documents (trained on them: no evidence). Touches no database."})
class EvaluateCommand implements Callable<Integer>, CliCommand, WithoutDatabase {

    @Parameters(arity = "1..*", paramLabel = "CORPUS_DIR", description = "corpus folders: docs/, gold/ and SOURCES.tsv, or seeds/ with ../gold")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "2", description = "publishers held out at once (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--publishers", description = "also print each publisher's documents and overall score")
    boolean byPublisher;

    @Override
    public Integer call() {
        List<CorpusDocument> documents = read(folders);
        List<Evaluation.Publisher> publishers = Evaluation.publishers(documents);
        Evaluation.Result held;
        try (ProgressBar progress = ProgressBar.onTerminal("Holding out each publisher", publishers.size())) {
            held = Evaluation.leaveOnePublisherOut(documents, threads, done -> {
                synchronized (progress) {
                    progress.advanceTo(done);
                }
            });
        }
        PrintStream out = System.out;
        out.printf("Leave-one-publisher-out: %d documents of %s; each publisher's documents read by models trained"
                + " on the others' alone.%n", documents.size(), publishers(publishers.size()));
        table(out, held);
        if (byPublisher) {
            out.println();
            out.printf("%-48s %5s %8s  %s%n", "publisher", "docs", "overall", "documents");
            for (Evaluation.Publisher p : publishers) {
                List<Scoring.Score> scores = held.documents().stream()
                        .filter(d -> Evaluation.publisherKey(d.publisher()).equals(p.key())).map(Evaluation.DocumentScore::score).toList();
                out.printf(Locale.ROOT, "%-48s %5d %8.3f  %s%n", p.key(), p.documents().size(),
                        Scoring.Score.sum(scores).report().overall(), String.join(" ", p.documents()));
            }
        }
        out.println();
        out.println("The shipped models on the same documents: trained on these documents, so no evidence of reading new ones.");
        table(out, Evaluation.plain(documents, ReaderModels.shipped()));
        return 0;
    }

    static String publishers(int n) {
        return n == 1 ? "1 publisher" : n + " publishers";
    }

    static List<CorpusDocument> read(List<Path> folders) {
        List<CorpusDocument> documents = new ArrayList<>();
        for (Path folder : folders) {
            List<CorpusDocument> read = Corpus.read(folder);
            if (read.isEmpty()) {
                throw new InvalidInput(new InputProblem(folder.toString(), null, "folder", "holds no document with gold"));
            }
            documents.addAll(read);
        }
        return documents;
    }

    /** One row per metric, one column per scope (all documents, then each folder): precision, recall, F1. */
    static void table(PrintStream out, Evaluation.Result result) {
        List<String> scopes = new ArrayList<>();
        List<Scoring.Report> reports = new ArrayList<>();
        scopes.add("all (" + result.documents().size() + ")");
        reports.add(result.overall().report());
        for (Evaluation.FolderScore f : result.folders()) {
            scopes.add(f.folder() + " (" + f.documents() + ")");
            reports.add(f.score().report());
        }
        StringBuilder head = new StringBuilder(String.format("%-13s", ""));
        StringBuilder sub = new StringBuilder(String.format("%-13s", "metric"));
        for (String s : scopes) {
            head.append(String.format("  %-17s", s));
            sub.append(String.format("  %5s %5s %5s", "P", "R", "F1"));
        }
        out.println(head.toString().stripTrailing());
        out.println(sub);
        for (Scoring.Metric m : Scoring.Metric.values()) {
            StringBuilder row = new StringBuilder(String.format("%-13s", m.label()));
            for (Scoring.Report r : reports) {
                row.append(r.line(m).map(l -> String.format(Locale.ROOT, "  %.3f %.3f %.3f", l.precision(), l.recall(), l.f1()))
                        .orElse(String.format("  %5s %5s %5s", "-", "-", "-")));
            }
            out.println(row);
        }
        StringBuilder titles = new StringBuilder(String.format("%-13s", "titles"));
        StringBuilder overall = new StringBuilder(String.format("%-13s", "overall"));
        for (Scoring.Report r : reports) {
            titles.append(String.format(Locale.ROOT, "  %5s %5s %.3f", "", "", r.titlesF1()));
            overall.append(String.format(Locale.ROOT, "  %5s %5s %.3f", "", "", r.overall()));
        }
        out.println(titles);
        out.println(overall);
    }
}
