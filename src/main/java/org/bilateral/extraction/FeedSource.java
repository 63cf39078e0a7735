package org.bilateral.extraction;

import org.bilateral.shared.Said;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.Source;
import org.springframework.stereotype.Component;

/** The press feeds as a source the schedule, the Sources page and {@code bilateral pull feeds} run. */
@Component
class FeedSource implements Source {

    static final String ID = "feeds";

    private final PressFeeds feeds;

    FeedSource(PressFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Said name() {
        return Said.of("source.feeds");
    }

    @Override
    public PullReport pull(PullProgress progress) {
        return feeds.pull(null, "pull:" + ID, progress);
    }
}
