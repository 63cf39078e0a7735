package org.bilateral.extraction.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilateral.doors.ProgressBar;
import org.bilateral.doors.Sayings;
import org.bilateral.extraction.PressFeeds;
import org.bilateral.shared.Said;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.SourcePulls;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
    private final Sayings sayings;

    FeedsPullCommand(SourcePulls pulls, PressFeeds feeds, MessageSource messages) {
        this.pulls = pulls;
        this.feeds = feeds;
        this.sayings = new Sayings(messages);
    }

    @Override
    public Integer call() {
        String actor = "cli:" + System.getProperty("user.name");
        PullReport report;
        // a step per feed: the bar moves as each feed's new items are read
        try (ProgressBar bar = ProgressBar.onTerminal("feeds", feed == null ? feeds.feeds().size() : 1)) {
            report = pulls.run("feeds", actor, progress -> feeds.pull(feed, actor, progress), (done, total) -> bar.advanceTo(done));
        } catch (FetchFailed e) {
            System.err.println("error: " + e.address() + ": " + say(e.said()));
            System.err.println("Nothing was stored.");
            return 1;
        }
        report.lines().forEach(line -> System.out.println(say(line)));
        System.out.println(say(Said.of("feeds.pull.total", report.stored(), report.unchanged(), report.asked())));
        return 0;
    }

    private String say(Said said) {
        return sayings.say(said, Locale.ENGLISH);
    }
}
