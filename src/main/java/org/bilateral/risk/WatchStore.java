package org.bilateral.risk;

import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the watch list, and the mapping of its rows; every method runs in the caller's transaction. */
@Repository
class WatchStore {

    /** A row of the watch list as stored: the product's name is the nomenclature's, added by the facade. */
    record Row(long id, Triangle triangle, String code, @Nullable String note, @Nullable Long ask, @Nullable Long engagement,
               String markedBy, java.time.Instant markedAt) {
    }

    private final JdbcClient jdbc;

    WatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a product watched, or replaces its note, ask and engagement; answers its row's number. */
    long upsert(Triangle t, HsCode code, @Nullable String note, @Nullable Long ask, @Nullable Long engagement, String markedBy) {
        return jdbc.sql("""
                        insert into watched_product (origin, hub, destination, code, note, ask_id, engagement_id, marked_by)
                        values (:origin, :hub, :destination, :code, :note, :ask, :engagement, :markedBy)
                        on conflict (origin, hub, destination, code) do update
                        set note = excluded.note, ask_id = excluded.ask_id, engagement_id = excluded.engagement_id,
                            marked_by = excluded.marked_by, marked_at = now()
                        returning id""")
                .param("origin", t.origin().value()).param("hub", t.hub().value()).param("destination", t.destination().value())
                .param("code", code.digits()).param("note", note).param("ask", ask).param("engagement", engagement)
                .param("markedBy", markedBy)
                .query(Long.class).single();
    }

    /** Answers how many rows went: 0 when the product was not watched. */
    int delete(Triangle t, HsCode code) {
        return jdbc.sql("delete from watched_product where origin = :origin and hub = :hub and destination = :destination and code = :code")
                .param("origin", t.origin().value()).param("hub", t.hub().value()).param("destination", t.destination().value())
                .param("code", code.digits()).update();
    }

    /** Every product followed, newest first. */
    List<Row> list() {
        return jdbc.sql("""
                        select id, origin, hub, destination, code, note, ask_id, engagement_id, marked_by, marked_at
                        from watched_product order by marked_at desc, id desc""")
                .query((rs, n) -> new Row(rs.getLong(1), new Triangle(CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        CountryCode.of(rs.getString(4))), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class), rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }
}
