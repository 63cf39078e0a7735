package org.bilateral.commitments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL that follows a merge a person confirmed: what was the merged record's becomes the kept one's. */
@Repository
class DealMergeStore {

    private final JdbcClient jdbc;

    DealMergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deals, reporters and demand forecasts of the merged organisation become the kept one's. */
    void mergeOrganisations(long kept, long gone) {
        jdbc.sql("update deal set buyer_id = :k where buyer_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("update deal set seller_id = :k where seller_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        insert into reporter_enterprise (username, organisation_id) select username, :k from reporter_enterprise
                        where organisation_id = :m on conflict do nothing""").param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        insert into demand_forecast select :k, period, hs_code, product, year, quantity, unit, value_usd, reported_by, reported_at
                        from demand_forecast where organisation_id = :m on conflict do nothing""").param("k", kept).param("m", gone).update();
    }

    void mergeEngagements(long kept, long gone) {
        jdbc.sql("""
                        insert into deal_engagement (deal_id, engagement_id) select deal_id, :k from deal_engagement where engagement_id = :m
                        on conflict do nothing""").param("k", kept).param("m", gone).update();
    }

    /** The merged deal's reports move to the kept one, but for those of a press release the kept deal already cites. */
    void moveReports(long kept, long gone) {
        jdbc.sql("update deal_report set deal_id = :k where deal_id = :m and (press_release_id is null or press_release_id not in "
                + "(select press_release_id from deal_report where deal_id = :k and press_release_id is not null))")
                .param("k", kept).param("m", gone).update();
    }

    /**
     * The rest of the merged deal joins the kept one: its seller, plant's state and earlier date where the kept deal lacks them, its
     * deliveries if the kept deal has none, its engagements, progress reports and aliases; then the merged deal goes.
     */
    void absorb(long kept, long gone) {
        jdbc.sql("""
                        update deal set seller_id = coalesce(seller_id, (select seller_id from deal where id = :m)),
                               plant_state = coalesce(plant_state, (select plant_state from deal where id = :m)),
                               first_reported = least(first_reported, (select first_reported from deal where id = :m)) where id = :k""")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        insert into deal_delivery select :k, first_month, last_month, quantity, value_usd, basis from deal_delivery d
                        where deal_id = :m and not exists (select 1 from deal_delivery where deal_id = :k)""").param("k", kept).param("m", gone).update();
        jdbc.sql("insert into deal_engagement select :k, engagement_id from deal_engagement where deal_id = :m on conflict do nothing")
                .param("k", kept).param("m", gone).update();
        // Progress reports are a history: the merged deal's are kept beside the kept deal's, each with its date.
        jdbc.sql("update progress_report set deal_id = :k where deal_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("update deal_alias set deal_id = :k where deal_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("insert into deal_alias (merged_id, deal_id) values (:m, :k) on conflict do nothing").param("k", kept).param("m", gone).update();
    }

    void delete(long gone) {
        jdbc.sql("delete from deal where id = :m").param("m", gone).update();
    }
}
