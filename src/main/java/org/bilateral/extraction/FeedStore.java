package org.bilateral.extraction;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The press feeds ({@code press_feed}), where each press release was found ({@code press_release_source}), and what the
 * feeds' pull and the first page ask of the press releases: every query of {@link PressFeeds} and {@link PressChanges}.
 */
@Repository
class FeedStore {

    /** A stored release's text, to tell whether a new item is its story syndicated. */
    record Held(long id, String text) {
    }

    /** A release read since a moment, with how many of its proposals wait for review. */
    record Waiting(long id, String name, String text, Instant ingestedAt, long proposed) {
    }

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PressFeed> feeds() {
        return jdbc.sql("select id, name, url, language, kind, link_pattern from press_feed order by lower(name), id")
                .query(FeedStore::feed).list();
    }

    boolean taken(String name, URI url) {
        return jdbc.sql("select exists (select 1 from press_feed where lower(name) = lower(:n) or url = :u)")
                .param("n", name).param("u", url.toString()).query(Boolean.class).single();
    }

    long insert(PressFeed feed, String user) {
        return jdbc.sql("""
                        insert into press_feed (name, url, language, kind, link_pattern, added_by)
                        values (:n, :u, :l, :k, :p, :by) returning id""")
                .param("n", feed.name()).param("u", feed.url().toString()).param("l", feed.language()).param("k", feed.kind().code())
                .param("p", feed.linkPattern()).param("by", user).query(Long.class).single();
    }

    java.util.Optional<PressFeed> feed(long id) {
        return jdbc.sql("select id, name, url, language, kind, link_pattern from press_feed where id = :id").param("id", id)
                .query(FeedStore::feed).optional();
    }

    void delete(long id) {
        jdbc.sql("delete from press_feed where id = :id").param("id", id).update();
    }

    /** Whether an item was read before: by its link, or by its guid at the same outlet. */
    boolean seen(URI link, String outlet, @Nullable String guid) {
        return jdbc.sql("""
                        select exists (select 1 from press_release_source
                                       where link = :l or (cast(:g as text) is not null and outlet = :o and guid = :g))""")
                .param("l", link.toString()).param("o", outlet).param("g", guid).query(Boolean.class).single();
    }

    /** The releases stored since a moment, their texts, the newest first. */
    List<Held> storedSince(Instant since) {
        return jdbc.sql("select id, text from press_release where ingested_at >= :s order by ingested_at desc, id desc")
                .param("s", Timestamp.from(since)).query((rs, n) -> new Held(rs.getLong(1), rs.getString(2))).list();
    }

    void addSource(long release, String outlet, URI link, @Nullable String guid) {
        jdbc.sql("""
                        insert into press_release_source (press_release_id, outlet, link, guid)
                        values (:r, :o, :l, :g)""")
                .param("r", release).param("o", outlet).param("l", link.toString()).param("g", guid).update();
    }

    List<PressFeeds.ReleaseSource> sources(long release) {
        return jdbc.sql("""
                        select outlet, link, fetched_at from press_release_source
                        where press_release_id = :r order by fetched_at, id""")
                .param("r", release)
                .query((rs, n) -> new PressFeeds.ReleaseSource(rs.getString(1), URI.create(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The releases read after {@code since} with at least one proposal waiting, the newest first. */
    List<Waiting> waitingSince(Instant since) {
        return jdbc.sql("""
                        select p.id, p.name, p.text, p.ingested_at, count(x.id)
                        from press_release p join proposal x on x.press_release_id = p.id and x.status = 'proposed'
                        where p.ingested_at > :s
                        group by p.id order by p.ingested_at desc, p.id desc""")
                .param("s", Timestamp.from(since))
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getLong(5)))
                .list();
    }

    private static PressFeed feed(ResultSet rs, int n) throws SQLException {
        PressFeed.Kind kind = PressFeed.Kind.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT));
        return new PressFeed(rs.getLong(1), rs.getString(2), URI.create(rs.getString(3)), rs.getString(4), kind, rs.getString(6));
    }
}
