package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Changes;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.RecordedServer;
import org.bilateral.sources.SourcePulls;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The press feeds pulled from a local server answering with recorded feeds and pages in their real formats (an RSS 2.0
 * outlet, an Atom agency, a Vietnamese ministry's listing page of the properties), and with the failures.
 */
@WorkbenchTest
@TestPropertySource(properties = {"bilateral.sources.first-backoff=10ms", "bilateral.sources.longest-backoff=40ms"})
class PressFeedsTest {

    static final RecordedServer SERVER = RecordedServer.start();
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final String MINISTRY = "Bộ ngành mẫu";
    static final Path CORPUS = Path.of("../shared/corpus");

    static {
        page("/hanoi-daily/rss/economy.rss", RSS, "hanoi-daily.rss.xml");
        page("/hanoi-daily/economy/deputy-minister-meets-us-trade-officials-4411.html", HTML, "hanoi-daily-4411.html");
        page("/hanoi-daily/economy/seventh-round-rules-of-origin-4415.html", HTML, "hanoi-daily-seventh-round-4415.html");
        // /hanoi-daily/economy/taken-down-4420.html is not served: 404
        page("/vns/trade.atom", ATOM, "vns-wire.atom.xml");
        page("/vns/trade/2026/03/seventh-round-ends", HTML, "vns-seventh-round-ends.html");
        page("/vns/trade/2026/03/cold-chain", HTML, "vns-cold-chain.html");
        page("/tin-tuc/", HTML, "moit-listing.html");
        page("/tin-tuc/1207.html", HTML, "moit-1207.html");
        page("/tin-tuc/1210.html", HTML, "moit-1210.html");
        SERVER.on("/down/feed.rss", Recorded.status(503));
        page("/broken/feed.rss", RSS, "malformed.rss.xml");
        page("/xxe/feed.rss", RSS, "xxe.rss.xml");
        SERVER.on("/xxe/exfiltrate", Recorded.ok("text/plain", "the entity was fetched"));
    }

    static void page(String path, String type, String file) {
        SERVER.on(path, Recorded.ok(type, RecordedFeeds.read(file, SERVER.base())));
    }

    @DynamicPropertySource
    static void theMinistrysListingPageInTheProperties(DynamicPropertyRegistry properties) {
        properties.add("bilateral.feeds[0].name", () -> MINISTRY);
        properties.add("bilateral.feeds[0].url", () -> SERVER.base() + "/tin-tuc/");
        properties.add("bilateral.feeds[0].language", () -> "vi");
        properties.add("bilateral.feeds[0].kind", () -> "listing");
        properties.add("bilateral.feeds[0].link-pattern", () -> "/tin-tuc/\\d+\\.html$");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired PressFeeds feeds;
    @Autowired PressChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @BeforeEach
    void noReleaseAndOnlyThePropertiesFeed() {
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from press_feed").update();
    }

    private void outletAndAgency() {
        feeds.add("Hanoi Daily", SERVER.base() + "/hanoi-daily/rss/economy.rss", "en", "rss", null, "analyst");
        feeds.add("VNS Wire", SERVER.base() + "/vns/trade.atom", "en", "atom", "", "analyst");
    }

    private long releases() {
        return jdbc.sql("select count(*) from press_release").query(Long.class).single();
    }

    private static List<String> english(PullReport report) {
        return report.lines().stream().map(Said::english).toList();
    }

    @Test
    void eachNewItemIsReadStoredAndQueuedForReviewAndTheSecondPullStoresNothing() {
        outletAndAgency();

        PullReport first = feeds.pull(null, "test", PullProgress.NONE);

        // new: the ministry's 1207 and 1210, Hanoi Daily's 4411 and 4415, VNS's cold-chain story = 5 releases; VNS's
        // seventh-round story is Hanoi Daily's 4415 syndicated, so it joins that release: 5 + 1 = 6 stored; 4420 is 404
        assertThat(first.stored()).isEqualTo(6);
        assertThat(releases()).isEqualTo(5);
        // 3 feeds, and 2 + 3 + 2 articles fetched = 10 requests
        assertThat(first.asked()).isEqualTo(10);
        assertThat(first.unchanged()).isZero();
        assertThat(english(first)).contains(MINISTRY + ": 2 new, 0 joined to a release already held, 0 read before, 0 failed",
                "Hanoi Daily: 2 new, 0 joined to a release already held, 0 read before, 1 failed",
                "VNS Wire: 1 new, 1 joined to a release already held, 0 read before, 0 failed");
        assertThat(english(first)).anyMatch(l -> l.startsWith("Hanoi Daily: " + SERVER.base() + "/hanoi-daily/economy/taken-down-4420.html was not stored")
                && l.contains("404"));
        // every release's proposals wait on the review page, as ingest leaves them
        assertThat(jdbc.sql("select count(*) from press_release p where not exists (select 1 from proposal x where x.press_release_id = p.id)")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct status) from proposal").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select ingested_by from press_release group by ingested_by").query(String.class).list()).containsExactly("test");
        // the Vietnamese pages were read by the Vietnamese reader: the minister by his Vietnamese title
        assertThat(jdbc.sql("select count(*) from proposal where payload::text like '%Trần Quốc Bình%'").query(Long.class).single()).isPositive();

        PullReport second = feeds.pull(null, "test", PullProgress.NONE);

        // 6 items read before (2 + 2 + 2); 4420 is tried again and fails again: 3 feeds + 1 article asked
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(second.asked()).isEqualTo(4);
        assertThat(releases()).isEqualTo(5);
    }

    @Test
    void twoOutletsCopiesOfOneStoryAreOneReleaseWithTwoSources() {
        outletAndAgency();
        long joinedBefore = joinsAudited();

        feeds.pull(null, "test", PullProgress.NONE);

        long release = jdbc.sql("select press_release_id from press_release_source where link like '%seventh-round-ends'").query(Long.class).single();
        List<PressFeeds.ReleaseSource> sources = feeds.sources(release);
        assertThat(sources).extracting(PressFeeds.ReleaseSource::outlet).containsExactly("Hanoi Daily", "VNS Wire");
        assertThat(sources).extracting(s -> s.link().getPath())
                .containsExactly("/hanoi-daily/economy/seventh-round-rules-of-origin-4415.html", "/vns/trade/2026/03/seventh-round-ends");
        assertThat(joinsAudited() - joinedBefore).isEqualTo(1);
    }

    private long joinsAudited() {
        return jdbc.sql("select count(*) from audit_entry where action = 'press release source added'").query(Long.class).single();
    }

    @Test
    void aCorpusStoryCarriedByTwoOutletsIsOneRelease() throws IOException {
        Path doc = CORPUS.resolve("genre-c/docs/gc-01.txt");
        assumeTrue(Files.isRegularFile(doc), "the corpus is not at ../shared/corpus: syndication is tested on the recorded pages only");
        String story = Files.readString(doc, StandardCharsets.UTF_8);
        List<String> paragraphs = Arrays.stream(story.strip().split("\\n\\s*\\n")).filter(p -> !p.isBlank()).toList();
        String title = paragraphs.get(0).strip();
        String whole = paragraphs.stream().skip(1).map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
        // outlet B carries all but the last paragraph, as syndicated copies often end early
        String shorter = paragraphs.stream().skip(1).limit(Math.max(1, paragraphs.size() - 2)).map(p -> "<p>" + escape(p) + "</p>")
                .collect(Collectors.joining("\n"));
        SERVER.on("/corpus/a/story.html", Recorded.ok(HTML, RecordedFeeds.read("outlet-a-wrapper.html", SERVER.base())
                .replace("{TITLE}", escape(title)).replace("{TEXT}", whole)));
        SERVER.on("/corpus/b/story.html", Recorded.ok(HTML, RecordedFeeds.read("outlet-b-wrapper.html", SERVER.base())
                .replace("{TITLE}", escape(title)).replace("{TEXT}", shorter)));
        SERVER.on("/corpus/a.rss", Recorded.ok(RSS, rss(SERVER.base() + "/corpus/a/story.html", title)));
        SERVER.on("/corpus/b.rss", Recorded.ok(RSS, rss(SERVER.base() + "/corpus/b/story.html", title)));
        feeds.add("Outlet A", SERVER.base() + "/corpus/a.rss", "en", "rss", null, "analyst");
        feeds.add("Outlet B", SERVER.base() + "/corpus/b.rss", "en", "rss", null, "analyst");

        PullReport a = feeds.pull("Outlet A", "test", PullProgress.NONE);
        PullReport b = feeds.pull("Outlet B", "test", PullProgress.NONE);

        assertThat(a.stored() + b.stored()).isEqualTo(2);
        assertThat(releases()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from press_release_source").query(Long.class).single()).isEqualTo(2);
    }

    private static String rss(String link, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Outlet</title><link>%s</link><description>A feed written for the test</description>
                <item><title>%s</title><link>%s</link></item></channel></rss>""".formatted(link, escape(title), link);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void aFeedAnswering503IsReportedAfterItsTriesAndTheOthersGoOn() {
        feeds.add("Down", SERVER.base() + "/down/feed.rss", "en", "rss", null, "analyst");

        PullReport report = feeds.pull(null, "test", PullProgress.NONE);

        // the ministry's listing is read all the same
        assertThat(report.stored()).isEqualTo(2);
        assertThat(english(report)).anyMatch(l -> l.startsWith("Down (" + SERVER.base() + "/down/feed.rss) was not read: failed after 4 tries")
                && l.contains("503"));
        // 4 tries of the feed
        assertThat(SERVER.received().stream().filter(r -> r.uri().getPath().equals("/down/feed.rss")).count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aMalformedFeedIsTriedAgainThenReportedAndNothingIsStored() {
        feeds.add("Broken", SERVER.base() + "/broken/feed.rss", "en", "rss", null, "analyst");

        // the only feed pulled could not be read: the run fails, so the Sources page records a failure
        assertThatThrownBy(() -> feeds.pull("Broken", "test", PullProgress.NONE)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("failed after 4 tries").hasMessageContaining("not well-formed XML");
        assertThat(releases()).isZero();
    }

    @Test
    void anXxeAttemptIsRefusedAndNoEntityIsFetched() {
        feeds.add("Hostile", SERVER.base() + "/xxe/feed.rss", "en", "rss", null, "analyst");

        assertThatThrownBy(() -> feeds.pull("Hostile", "test", PullProgress.NONE)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("declares a document type");
        assertThat(SERVER.received()).noneMatch(r -> r.uri().getPath().startsWith("/xxe/exfiltrate") || r.uri().getPath().equals("/xxe/item.html"));
        assertThat(releases()).isZero();
    }

    @Test
    void anArticleCutShortIsNotStoredAndIsReadWholeNextTime() {
        String page = RecordedFeeds.read("vns-cold-chain.html", SERVER.base());
        String noEnd = RecordedFeeds.read("hanoi-daily-4411.html", SERVER.base()).replace("</html>", "");
        // the connection drops mid-page on each of the 4 tries of the first pull, then the page comes whole
        Recorded cut = Recorded.ok(HTML, page).cutAfter(300);
        SERVER.on("/cut/dropped.html", cut, cut, cut, cut, Recorded.ok(HTML, page));
        SERVER.on("/cut/no-end.html", Recorded.ok(HTML, noEnd));
        SERVER.on("/cut/feed.rss", Recorded.ok(RSS, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Cut</title><link>%1$s/cut/</link><description>A feed written for the test</description>
                <item><title>Dropped</title><link>%1$s/cut/dropped.html</link></item>
                <item><title>No end</title><link>%1$s/cut/no-end.html</link></item></channel></rss>""".formatted(SERVER.base())));
        feeds.add("Cut", SERVER.base() + "/cut/feed.rss", "en", "rss", null, "analyst");

        PullReport first = feeds.pull("Cut", "test", PullProgress.NONE);

        assertThat(first.stored()).isZero();
        assertThat(english(first)).anyMatch(l -> l.contains("/cut/no-end.html was not stored") && l.contains("cut short"));
        assertThat(english(first)).anyMatch(l -> l.contains("/cut/dropped.html was not stored"));
        assertThat(releases()).isZero();

        PullReport second = feeds.pull("Cut", "test", PullProgress.NONE);

        assertThat(second.stored()).isEqualTo(1);
        assertThat(jdbc.sql("select name from press_release").query(String.class).list()).containsExactly("Dropped");
    }

    @Test
    void theCommandPullsTheFeedNamedAndRefusesOneNotConfigured() {
        outletAndAgency();

        CommandRun run = CommandRun.of(context, "pull", "feeds");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // the ministry's 2 new; Hanoi Daily's 4411 and 4415 new, 4420 failed; VNS's cold-chain new, its seventh round joined
        assertThat(run.out()).contains(MINISTRY + ": 2 new, 0 joined to a release already held, 0 read before, 0 failed")
                .contains("Hanoi Daily: 2 new, 0 joined to a release already held, 0 read before, 1 failed")
                .contains("VNS Wire: 1 new, 1 joined to a release already held, 0 read before, 0 failed")
                .contains("6 stored, 0 read before, 10 requests");
        assertThat(releases()).isEqualTo(5);

        CommandRun again = CommandRun.of(context, "pull", "feeds", "--feed", "VNS Wire");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("VNS Wire: 0 new, 0 joined to a release already held, 2 read before, 0 failed")
                .contains("0 stored, 2 read before, 1 request").doesNotContain("Hanoi Daily");
        assertThat(releases()).isEqualTo(5);

        CommandRun unknown = CommandRun.of(context, "pull", "feeds", "--feed", "Nowhere");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no feed Nowhere").contains("Nothing was stored.");
    }

    @Test
    void theFeedsAreASourceTheScheduleAndTheSourcesPageRunByItsId() {
        SourcePulls pulls = context.getBean(SourcePulls.class);
        assertThat(pulls.sources()).anyMatch(s -> s.id().equals("feeds") && s.name().equals(Said.of("source.feeds")));

        PullReport report = pulls.pull("feeds", "schedule", PullProgress.NONE);

        // the properties' ministry listing alone: 1207 and 1210, read by the source's own actor
        assertThat(report.stored()).isEqualTo(2);
        assertThat(jdbc.sql("select distinct ingested_by from press_release").query(String.class).list()).containsExactly("pull:feeds");
    }

    @Test
    void theReleasesReadSinceAMomentAreThePressChangesWithTheProposalsThatWait() {
        outletAndAgency();
        Instant before = Instant.now().minusSeconds(1);

        feeds.pull("VNS Wire", "test", PullProgress.NONE);

        List<Changes.Change> press = changes.since(before);
        assertThat(press).hasSize(2);
        for (Changes.Change c : press) {
            long id = Long.parseLong(c.href().substring("/press-releases/".length()));
            String name = jdbc.sql("select name from press_release where id = :id").param("id", id).query(String.class).single();
            long waiting = jdbc.sql("select count(*) from proposal where press_release_id = :id and status = 'proposed'").param("id", id)
                    .query(Long.class).single();
            assertThat(c.kind()).isEqualTo(Changes.Kind.PRESS);
            assertThat(c.line()).isEqualTo(Said.of("changes.press", name, waiting));
            assertThat(c.text()).startsWith(name + "\n");
            assertThat(c.synthetic()).isFalse();
            assertThat(c.product()).isNull();
        }
        assertThat(press.get(0).text()).contains("cold-chain").contains("HCM CITY");
        assertThat(changes.since(Instant.now())).isEmpty();
    }

    @Test
    void aReleaseWhoseProposalsAreAllDecidedNoLongerWaits() {
        outletAndAgency();
        Instant before = Instant.now().minusSeconds(1);
        feeds.pull("VNS Wire", "test", PullProgress.NONE);
        long id = jdbc.sql("select id from press_release where name like 'Exporters%'").query(Long.class).single();

        jdbc.sql("update proposal set status = 'rejected' where press_release_id = :id").param("id", id).update();

        assertThat(changes.since(before)).extracting(Changes.Change::href).doesNotContain("/press-releases/" + id).hasSize(1);
    }

    @Test
    void aFeedIsAddedWithEveryFieldCheckedAndANameOrAddressOnlyOnce() {
        assertThatThrownBy(() -> feeds.add("Ministry", SERVER.base() + "/tin-tuc/x", "vi", "listing", null, "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("linkPattern").hasMessageContaining("needs the pattern");
        assertThatThrownBy(() -> feeds.add("", "ftp://example.org/feed", "fr", "json", "([", "analyst"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("name", "url", "language", "kind", "linkPattern"));
        assertThatThrownBy(() -> feeds.add("Ministry", SERVER.base() + "/rss", "vi", "rss", "/tin-tuc/", "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only a listing page takes a link pattern");
        assertThatThrownBy(() -> feeds.add(MINISTRY.toUpperCase(java.util.Locale.ROOT), SERVER.base() + "/other", "vi", "rss", null, "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already read");

        PressFeed added = feeds.add("VNS Wire", SERVER.base() + "/vns/trade.atom", "EN", "Atom", null, "analyst");

        assertThat(added.language()).isEqualTo("en");
        assertThat(feeds.feeds()).extracting(PressFeed::name).containsExactly(MINISTRY, "VNS Wire");
        assertThat(feeds.feeds().get(0).configured()).isTrue();
        assertThatThrownBy(() -> feeds.add("Other name", SERVER.base() + "/vns/trade.atom", "en", "atom", null, "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already read");
        feeds.remove(added.id(), "analyst");
        assertThat(feeds.feeds()).extracting(PressFeed::name).containsExactly(MINISTRY);
    }
}
