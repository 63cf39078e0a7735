package org.bilateral.extraction.cli;

import java.util.concurrent.Callable;
import org.bilateral.extraction.PressFeeds;
import org.bilateral.shared.Said;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.PullReport;
import org.bilateral.identity.AuditTrail;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.SourcePulls;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bilateral pull feeds [--feed NAME]}: reads what is new in the press feeds and queues it for review. */
@Component
@CliCommand.Under("pull")
@Command(name = "feeds", description = {
        "Reads what is new in the press feeds (RSS, Atom and listing pages) and queues what the reader proposes for review",
        "on the Press releases page. An item read before is not read again; one story from several outlets is one release."})
class FeedsPullCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--feed", paramLabel = "NAME", description = "pull only this feed, by its name")
    @Nullable String feed;

    private final SourcePulls pulls;
    private final PressFeeds feeds;

    FeedsPullCommand(SourcePulls pulls, PressFeeds feeds) {
        this.pulls = pulls;
        this.feeds = feeds;
    }

    @Override
    public Integer call() {
        String actor = AuditTrail.currentActor();
        PullReport report;
        try (PullProgress.OnTerminal bar = PullProgress.onTerminal("feeds")) {
            report = pulls.run("feeds", actor, progress -> feeds.pull(feed, actor, progress), bar);
        } catch (FetchFailed e) {
            System.err.println("error: " + e.address() + ": " + e.said().english());
            System.err.println("Nothing was stored.");
            return 1;
        }
        report.lines().forEach(line -> System.out.println(line.english()));
        System.out.println(Said.of("feeds.pull.total", report.stored(), report.unchanged(), report.asked()).english());
        return 0;
    }

}
