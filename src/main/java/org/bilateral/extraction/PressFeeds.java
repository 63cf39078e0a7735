package org.bilateral.extraction;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: the press feeds (those of the properties and those an analyst adds), and their pull. Each new item (a link,
 * or a guid at its outlet, not read before) is fetched, read and stored as {@link PressReleases#ingest} stores a release
 * given by hand, its proposals queued for review; all or nothing per item, an item that fails (a 404, a page cut short,
 * a text the reader refuses) reported while the others go on. The same story from several outlets is one press release
 * with several sources: the same plain text (ingest's checksum) or near the same ({@link Syndication}) as a release
 * stored in the last {@link #SYNDICATION_WINDOW}.
 */
@Service
@EnableConfigurationProperties(FeedsProperties.class)
public class PressFeeds {

    /** Where a press release was found: the outlet (the feed's name), the article's address, and when it was fetched. */
    public record ReleaseSource(String outlet, URI link, Instant fetchedAt) {
    }

    /** How long after a release an outlet's copy of it is still looked for: syndication follows within days. */
    static final Duration SYNDICATION_WINDOW = Duration.ofDays(30);

    private final FeedStore store;
    private final PressReleases pressReleases;
    private final Fetcher fetcher;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final List<PressFeed> configured;

    PressFeeds(FeedStore store, PressReleases pressReleases, Fetcher fetcher, AuditTrail audit, PlatformTransactionManager transactions,
            FeedsProperties properties) {
        this.store = store;
        this.pressReleases = pressReleases;
        this.fetcher = fetcher;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        List<PressFeed> feeds = new ArrayList<>();
        for (int i = 0; i < properties.all().size(); i++) {
            FeedsProperties.Configured c = properties.all().get(i);
            feeds.add(PressFeed.of(null, Said.asWritten("bilateral.feeds[" + i + "]"), c.name(), c.url(), c.language(), c.kind(), c.linkPattern()));
        }
        this.configured = List.copyOf(feeds);
    }

    /** Every feed read: the properties' first, then those added on the page, by name. */
    public List<PressFeed> feeds() {
        List<PressFeed> all = new ArrayList<>(configured);
        all.addAll(store.feeds());
        return all;
    }

    /** Adds a feed, every field checked; a name or address already read is refused, naming its field. */
    @Transactional
    public PressFeed add(@Nullable String name, @Nullable String url, @Nullable String language, @Nullable String kind,
            @Nullable String linkPattern, String user) {
        Said where = Said.of("refusal.where.feed");
        PressFeed feed = PressFeed.of(null, where, name, url, language, kind, linkPattern);
        boolean inProperties = configured.stream()
                .anyMatch(c -> c.name().equalsIgnoreCase(feed.name()) || c.url().equals(feed.url()));
        if (inProperties || store.taken(feed.name(), feed.url())) {
            throw new InvalidInput(InputProblem.from(where, null, "name", Said.of("refusal.extraction.feedTaken", feed.name(), feed.url().toString())));
        }
        long id = store.insert(feed, user);
        PressFeed added = new PressFeed(id, feed.name(), feed.url(), feed.language(), feed.kind(), feed.linkPattern());
        audit.record(user, "press feed added", "press feed " + id, null, added);
        return added;
    }

    /** Removes a feed added on the page; the releases read from it keep their sources. */
    @Transactional
    public void remove(long id, String user) {
        PressFeed feed = store.feed(id).orElseThrow(() -> new InvalidInput(Said.of("refusal.where.feed"), Said.of("refusal.extraction.noFeed", String.valueOf(id))));
        store.delete(id);
        audit.record(user, "press feed removed", "press feed " + id, feed, null);
    }

    /** Where a press release was found, the first outlet first; none for a release given by hand. */
    public List<ReleaseSource> sources(long pressReleaseId) {
        return store.sources(pressReleaseId);
    }

    /**
     * Pulls every feed, or the one named {@code only}: what is new of each is read and stored, what was read before is
     * counted unchanged. A feed that cannot be read (after the fetcher's tries) is reported and the others go on; when
     * none could be read the last failure is thrown, so the run is recorded failed.
     */
    public PullReport pull(@Nullable String only, String actor, PullProgress progress) {
        List<PressFeed> chosen = feeds().stream().filter(f -> only == null || f.name().equalsIgnoreCase(only.strip())).toList();
        if (only != null && chosen.isEmpty()) {
            throw new InvalidInput(InputProblem.from(Said.of("refusal.where.feed"), null, "feed", Said.of("refusal.extraction.noFeed", only)));
        }
        int asked = 0;
        int stored = 0;
        int unchanged = 0;
        int feedsFailed = 0;
        RuntimeException lastFailure = null;
        List<Said> lines = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            progress.advance(i, chosen.size());
            PressFeed feed = chosen.get(i);
            List<FeedItems.Item> items;
            asked++;
            try {
                items = fetcher.get(request(feed.url(), feed), answer -> FeedItems.read(feed, answer));
            } catch (FetchFailed e) {
                lines.add(Said.of("feeds.pull.feedFailed", feed.name(), e.address(), e.said()));
                feedsFailed++;
                lastFailure = e;
                continue;
            } catch (InvalidInput e) {
                lines.add(Said.of("feeds.pull.feedFailed", feed.name(), Fetcher.withoutKeys(feed.url()), e.problems().get(0).said()));
                feedsFailed++;
                lastFailure = e;
                continue;
            }
            int fresh = 0;
            int joined = 0;
            int known = 0;
            List<Said> failures = new ArrayList<>();
            for (FeedItems.Item item : items) {
                if (store.seen(item.link(), feed.name(), item.guid())) {
                    known++;
                    continue;
                }
                asked++;
                try {
                    String page = fetcher.get(request(item.link(), feed), ArticlePage::read);
                    if (store(feed, item, new PressRelease(item.title(), page), actor)) {
                        joined++;
                    } else {
                        fresh++;
                    }
                } catch (FetchFailed e) {
                    failures.add(Said.of("feeds.pull.itemFailed", feed.name(), e.address(), e.said()));
                } catch (InvalidInput e) {
                    failures.add(Said.of("feeds.pull.itemFailed", feed.name(), item.link().toString(), e.problems().get(0).said()));
                } catch (Unavailable e) {
                    failures.add(Said.of("feeds.pull.itemFailed", feed.name(), item.link().toString(), e.said()));
                } catch (DataIntegrityViolationException e) {
                    // another pull stored the same link meanwhile: it is read, by the other run
                    known++;
                }
            }
            stored += fresh + joined;
            unchanged += known;
            lines.add(Said.of("feeds.pull.feed", feed.name(), fresh, joined, known, failures.size()));
            lines.addAll(failures);
        }
        progress.advance(chosen.size(), chosen.size());
        if (!chosen.isEmpty() && feedsFailed == chosen.size() && lastFailure != null) {
            throw lastFailure;
        }
        return new PullReport(asked, stored, unchanged, lines);
    }

    /**
     * Stores one item in one transaction: as a source of the release whose story it is, or as a new release read and
     * its proposals queued. Answers whether it joined a release already held.
     */
    private boolean store(PressFeed feed, FeedItems.Item item, PressRelease release, String actor) {
        String plain = PressReleaseReader.plainText(release);
        Boolean joined = transaction.execute(status -> {
            Optional<Long> same = store.storedSince(Instant.now().minus(SYNDICATION_WINDOW)).stream()
                    .filter(held -> Syndication.sameStory(plain, held.text())).map(FeedStore.Held::id).findFirst();
            long id;
            boolean already;
            if (same.isPresent()) {
                id = same.get();
                already = true;
            } else {
                PressReleases.Ingested in = pressReleases.ingest(release, actor);
                id = in.id();
                already = in.alreadyIngested();
            }
            store.addSource(id, feed.name(), item.link(), item.guid());
            if (already) {
                audit.record(actor, "press release source added", "press release " + id, null,
                        new ReleaseSource(feed.name(), item.link(), Instant.now()));
            }
            return already;
        });
        return Boolean.TRUE.equals(joined);
    }

    private static Fetcher.Request request(URI address, PressFeed feed) {
        return Fetcher.Request.to(address).with("Accept-Language", feed.language());
    }
}
