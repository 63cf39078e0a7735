package org.bilateral.alerts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.shared.Changes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the alerts: rules, notifications, recipients and the mark of the last evaluation. */
@Repository
class AlertStore {

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rules

    boolean nameTaken(String owner, String name) {
        return jdbc.sql("select exists (select 1 from alert_rule where owner = :owner and name = :name)")
                .param("owner", owner).param("name", name).query(Boolean.class).single();
    }

    long insertRule(String owner, NewRule rule) {
        return jdbc.sql("""
                insert into alert_rule (owner, name, kinds, words, product, threshold, mails)
                values (:owner, :name, :kinds, :words, :product, :threshold, :mails) returning id""")
                .param("owner", owner).param("name", rule.name()).param("kinds", kinds(rule.kinds()))
                .param("words", rule.words()).param("product", rule.product()).param("threshold", rule.threshold())
                .param("mails", rule.mails()).query(Long.class).single();
    }

    List<AlertRule> rulesOf(String owner) {
        return jdbc.sql("select id, owner, name, kinds, words, product, threshold, mails from alert_rule where owner = :owner order by id")
                .param("owner", owner).query((rs, n) -> rule(rs)).list();
    }

    List<AlertRule> allRules() {
        return jdbc.sql("select id, owner, name, kinds, words, product, threshold, mails from alert_rule order by id")
                .query((rs, n) -> rule(rs)).list();
    }

    boolean deleteRule(String owner, long id) {
        return jdbc.sql("delete from alert_rule where id = :id and owner = :owner").param("id", id).param("owner", owner).update() > 0;
    }

    // ---- notifications

    /** Notes a match; whether it is new (a rule × change already noted is left as it is). */
    boolean insertNotification(AlertRule rule, Changes.Change change, String key, String lineEn, String lineVi) {
        return jdbc.sql("""
                insert into alert_notification (rule_id, change_key, kind, changed_at, line_en, line_vi, href, synthetic, mail_wanted)
                values (:rule, :key, :kind, :at, :en, :vi, :href, :synthetic, :mails)
                on conflict (rule_id, change_key) do nothing""")
                .param("rule", rule.id()).param("key", key).param("kind", change.kind().name())
                .param("at", OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC)).param("en", lineEn).param("vi", lineVi)
                .param("href", change.href()).param("synthetic", change.synthetic()).param("mails", rule.mails())
                .update() > 0;
    }

    private static final String NOTIFICATION = """
            select n.id, r.id, r.name, r.owner, n.kind, n.changed_at, n.line_en, n.line_vi, n.href, n.synthetic, n.created_at,
                   n.read_at, n.mail_wanted, n.mailed_at, n.mail_attempts, n.mail_error
            from alert_notification n join alert_rule r on r.id = n.rule_id""";

    List<Notification> notificationsOf(String owner, int most) {
        return jdbc.sql(NOTIFICATION + " where r.owner = :owner order by n.created_at desc, n.id desc limit :most")
                .param("owner", owner).param("most", most).query((rs, n) -> notification(rs)).list();
    }

    int unreadOf(String owner) {
        return jdbc.sql("""
                select count(*) from alert_notification n join alert_rule r on r.id = n.rule_id
                where r.owner = :owner and n.read_at is null""").param("owner", owner).query(Integer.class).single();
    }

    boolean markRead(String owner, long id) {
        return jdbc.sql("""
                update alert_notification n set read_at = now() from alert_rule r
                where r.id = n.rule_id and r.owner = :owner and n.id = :id and n.read_at is null""")
                .param("owner", owner).param("id", id).update() > 0;
    }

    int markAllRead(String owner) {
        return jdbc.sql("""
                update alert_notification n set read_at = now() from alert_rule r
                where r.id = n.rule_id and r.owner = :owner and n.read_at is null""").param("owner", owner).update();
    }

    /** Notifications to mail: wanted, not yet taken by the server, their owner with an address. */
    List<Notification> unmailed() {
        return jdbc.sql(NOTIFICATION + """
                 join alert_recipient p on p.username = r.owner
                where n.mail_wanted and n.mailed_at is null and p.address is not null order by n.id""")
                .query((rs, n) -> notification(rs)).list();
    }

    void mailed(long id) {
        jdbc.sql("update alert_notification set mailed_at = now(), mail_attempts = mail_attempts + 1, mail_error = null where id = :id")
                .param("id", id).update();
    }

    void mailFailed(long id, String error) {
        jdbc.sql("update alert_notification set mail_attempts = mail_attempts + 1, mail_error = :error where id = :id")
                .param("id", id).param("error", error.length() > 500 ? error.substring(0, 500) : error).update();
    }

    // ---- recipients

    Optional<Recipient> recipient(String username) {
        return jdbc.sql("select username, address, language, feed_token_at from alert_recipient where username = :username")
                .param("username", username)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .optional();
    }

    void saveAddress(String username, @Nullable String address, String language) {
        jdbc.sql("""
                insert into alert_recipient (username, address, language) values (:username, :address, :language)
                on conflict (username) do update set address = excluded.address, language = excluded.language""")
                .param("username", username).param("address", address).param("language", language).update();
    }

    void saveFeedToken(String username, @Nullable String sha256, String language) {
        jdbc.sql("""
                insert into alert_recipient (username, language, feed_token_sha256, feed_token_at)
                values (:username, :language, :sha256, case when :sha256::text is null then null else now() end)
                on conflict (username) do update set feed_token_sha256 = excluded.feed_token_sha256,
                    feed_token_at = excluded.feed_token_at""")
                .param("username", username).param("language", language).param("sha256", sha256).update();
    }

    Optional<String> feedOwner(String sha256) {
        return jdbc.sql("select username from alert_recipient where feed_token_sha256 = :sha256")
                .param("sha256", sha256).query(String.class).optional();
    }

    // ---- the evaluation's mark

    /** The moment the last evaluation checked to, locked until the transaction ends so two evaluations never overlap. */
    Instant lockMark() {
        // the mark is made by the first evaluation, not by the migration, so that a new database holds no row and a
        // backup restores into it (a restore refuses a database that holds data)
        jdbc.sql("insert into alert_evaluation (id, checked_to) values (1, now()) on conflict (id) do nothing").update();
        return jdbc.sql("select checked_to from alert_evaluation where id = 1 for update")
                .query(OffsetDateTime.class).single().toInstant();
    }

    void mark(Instant to) {
        jdbc.sql("update alert_evaluation set checked_to = :to where id = 1")
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)).update();
    }

    // ---- rows

    private static String kinds(Set<Changes.Kind> kinds) {
        return kinds.stream().sorted().map(Changes.Kind::name).collect(Collectors.joining(","));
    }

    private static AlertRule rule(ResultSet rs) throws SQLException {
        Set<Changes.Kind> kinds = EnumSet.noneOf(Changes.Kind.class);
        Arrays.stream(rs.getString(4).split(",")).map(Changes.Kind::valueOf).forEach(kinds::add);
        return new AlertRule(rs.getLong(1), rs.getString(2), rs.getString(3), kinds, rs.getString(5), rs.getString(6),
                percent(rs.getObject(7, BigDecimal.class)), rs.getBoolean(8));
    }

    /** A threshold as it was typed: the column's two decimals without the zeros it adds (12.50 is 12.5, 20.00 is 20). */
    private static @Nullable BigDecimal percent(@Nullable BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Changes.Kind.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getObject(11, OffsetDateTime.class).toInstant(),
                instant(rs.getObject(12, OffsetDateTime.class)), rs.getBoolean(13), instant(rs.getObject(14, OffsetDateTime.class)),
                rs.getInt(15), rs.getString(16));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
