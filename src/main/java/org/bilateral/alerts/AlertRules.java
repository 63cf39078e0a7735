package org.bilateral.alerts;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.Changes;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the rules an analyst sets, each of their own, and the ready-made ones offered to start from. */
@Service
public class AlertRules {

    /** The most a threshold may say, in percent: "up more than 1000%" is already eleven times as much. */
    static final BigDecimal HIGHEST = BigDecimal.valueOf(1000);
    static final BigDecimal LOWEST = BigDecimal.valueOf(-100);

    /** A ready-made rule, its name a message key said in the page's language when it is taken. */
    public record Example(String nameKey, NewRule rule) {
    }

    /** The rules issue 31 asks for, offered on the page to take as they are. */
    public static final List<Example> EXAMPLES = List.of(
            new Example("alerts.example.watched", new NewRule("", Set.of(Changes.Kind.WATCHED_PRODUCT), "", null,
                    BigDecimal.valueOf(20), false)),
            new Example("alerts.example.antiDumping", new NewRule("", Set.of(Changes.Kind.TRADE_REMEDY,
                    Changes.Kind.TARIFF_ACTION), "vietnam anti-dumping", null, null, false)),
            // the engagements' contribution writes the engagement's kind as its code in the change's text
            new Example("alerts.example.round", new NewRule("", Set.of(Changes.Kind.ENGAGEMENT), "negotiation_round", null,
                    null, false)));

    private final AlertStore store;
    private final AuditTrail audit;

    AlertRules(AlertStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<AlertRule> of(String owner) {
        return store.rulesOf(owner);
    }

    /** Sets a rule for its owner, refusing what it cannot check: no kind, a product that is no HS prefix, a threshold out of range. */
    @Transactional
    public AlertRule create(String owner, NewRule rule) {
        String name = rule.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", Said.of("refusal.alerts.name"));
        }
        if (name.length() > 200) {
            throw new InvalidInput("name", Said.of("refusal.alerts.nameLong", String.valueOf(name.length())));
        }
        Optional<Said> wrong = Limits.characterSaid(name);
        if (wrong.isPresent()) {
            throw new InvalidInput("name", wrong.get());
        }
        if (rule.kinds().isEmpty()) {
            throw new InvalidInput("kinds", Said.of("refusal.alerts.kinds"));
        }
        String words = rule.words().strip();
        if (words.length() > 500) {
            throw new InvalidInput("words", Said.of("refusal.alerts.wordsLong", String.valueOf(words.length())));
        }
        @Nullable String product = rule.product() == null || rule.product().isBlank() ? null : rule.product().strip();
        if (product != null && !HsCode.isValid(product)) {
            throw new InvalidInput("product", Said.of("refusal.alerts.product", Limits.shown(product)));
        }
        BigDecimal threshold = rule.threshold();
        if (threshold != null && (threshold.compareTo(LOWEST) <= 0 || threshold.compareTo(HIGHEST) > 0
                || threshold.stripTrailingZeros().scale() > 2)) {
            throw new InvalidInput("threshold", Said.of("refusal.alerts.threshold", threshold.toPlainString()));
        }
        if (store.nameTaken(owner, name)) {
            throw new InvalidInput("name", Said.of("refusal.alerts.nameTaken", name));
        }
        NewRule checked = new NewRule(name, EnumSet.copyOf(rule.kinds()), words, product, threshold, rule.mails());
        long id = store.insertRule(owner, checked);
        AlertRule created = new AlertRule(id, owner, name, checked.kinds(), words, product, threshold, rule.mails());
        audit.record(owner, "alert rule set", "alert " + id, null, created);
        return created;
    }

    /** Takes a ready-made rule under the name it has in the page's language. */
    @Transactional
    public AlertRule take(String owner, int example, String name) {
        if (example < 0 || example >= EXAMPLES.size()) {
            throw new InvalidInput("example", Said.of("refusal.alerts.example", String.valueOf(example)));
        }
        NewRule rule = EXAMPLES.get(example).rule();
        return create(owner, new NewRule(name, rule.kinds(), rule.words(), rule.product(), rule.threshold(), rule.mails()));
    }

    /** Deletes one of the owner's rules and its notifications; whether there was one. */
    @Transactional
    public boolean delete(String owner, long id) {
        boolean deleted = store.deleteRule(owner, id);
        if (deleted) {
            audit.record(owner, "alert rule deleted", "alert " + id, null, null);
        }
        return deleted;
    }
}
