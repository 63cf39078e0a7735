package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.sources.Fetcher;
import org.junit.jupiter.api.Test;

class FeedItemsTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8099");

    private static PressFeed feed(String kind, String path, String pattern) {
        return PressFeed.of(null, Said.asWritten("test"), "Outlet", BASE + path, "en", kind, pattern);
    }

    private static List<FeedItems.Item> read(PressFeed feed, String file, String type) {
        return FeedItems.read(feed, RecordedFeeds.answer(feed.url(), type, RecordedFeeds.read(file, BASE)));
    }

    @Test
    void anRssChannelsItemsAreReadWithTheirTitlesLinksAndGuids() {
        List<FeedItems.Item> items = read(feed("rss", "/hanoi-daily/rss/economy.rss", null), "hanoi-daily.rss.xml", "application/rss+xml");

        assertThat(items).extracting(FeedItems.Item::title).containsExactly("Deputy minister meets US trade officials on farm goods",
                "Việt Nam and US close seventh round with deal on rules of origin", "Page that was taken down");
        assertThat(items.get(0).link()).isEqualTo(BASE.resolve("/hanoi-daily/economy/deputy-minister-meets-us-trade-officials-4411.html"));
        assertThat(items.get(0).guid()).isEqualTo("hanoi-daily-4411");
    }

    @Test
    void anAtomEntrysOwnPageIsItsAlternateLinkMadeAbsoluteAndItsHtmlTitleLosesItsTags() {
        List<FeedItems.Item> items = read(feed("atom", "/vns/trade.atom", null), "vns-wire.atom.xml", "application/atom+xml");

        // the first entry's alternate link is relative to the feed; its "related" link is not the entry's page
        assertThat(items.get(0).link()).isEqualTo(BASE.resolve("/vns/trade/2026/03/seventh-round-ends"));
        assertThat(items.get(0).guid()).isEqualTo("tag:vns.example,2026:trade.20771");
        assertThat(items.get(1).title()).isEqualTo("Exporters welcome cold-chain agreement");
        assertThat(items.get(1).link()).isEqualTo(BASE.resolve("/vns/trade/2026/03/cold-chain"));
    }

    @Test
    void aListingPagesArticleLinksAreThoseThePatternFindsEachOnceWithItsHeadline() {
        List<FeedItems.Item> items = read(feed("listing", "/tin-tuc/", "/tin-tuc/\\d+\\.html$"), "moit-listing.html", "text/html; charset=utf-8");

        // the menu, the documents, the next page and the javascript: anchor are not articles; 1207 is linked twice
        // (its picture and its headline) and named by the headline, its letters written as numeric entities
        assertThat(items).extracting(i -> i.link().getPath()).containsExactly("/tin-tuc/1207.html", "/tin-tuc/1210.html");
        assertThat(items.get(0).title()).isEqualTo("Thứ trưởng Trần Quốc Bình làm việc với đoàn doanh nghiệp Hoa Kỳ");
        assertThat(items.get(1).guid()).isNull();
    }

    @Test
    void aDocumentTypeIsRefusedAsDataSoNoEntityIsEverExpanded() {
        assertThatThrownBy(() -> read(feed("rss", "/xxe/feed.rss", null), "xxe.rss.xml", "application/rss+xml"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("declares a document type");
    }

    @Test
    void theParserRefusesADocumentTypeEvenWhereTheCheckBeforeItWouldMissIt() throws Exception {
        // the parser's own settings, should a declaration ever come after the first 4 KB the check reads
        String late = "<?xml version=\"1.0\"?>" + "<!-- " + "x".repeat(5000) + " -->"
                + "<!DOCTYPE rss [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&e;</title></channel></rss>";
        assertThatThrownBy(() -> FeedItems.read(feed("rss", "/late", null), RecordedFeeds.answer(BASE, "text/xml", late)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void xmlCutShortIsMalformedSoTheFetcherTriesAgain() {
        assertThatThrownBy(() -> read(feed("rss", "/broken/feed.rss", null), "malformed.rss.xml", "application/rss+xml"))
                .isInstanceOf(Fetcher.Malformed.class).hasMessageContaining("not well-formed XML");
    }

    @Test
    void anAtomFeedWhereRssWasConfiguredIsNotTheFeedExpected() {
        assertThatThrownBy(() -> read(feed("rss", "/vns/trade.atom", null), "vns-wire.atom.xml", "application/atom+xml"))
                .isInstanceOf(Fetcher.Malformed.class).hasMessageContaining("not an RSS feed");
    }

    @Test
    void aListingPageWithoutItsEndWasCutShort() {
        String html = RecordedFeeds.read("moit-listing.html", BASE);
        String cut = html.substring(0, html.indexOf("</ul>"));
        assertThatThrownBy(() -> FeedItems.read(feed("listing", "/tin-tuc/", "/tin-tuc/"), RecordedFeeds.answer(BASE, "text/html", cut)))
                .isInstanceOf(Fetcher.Malformed.class).hasMessageContaining("cut short");
    }
}
