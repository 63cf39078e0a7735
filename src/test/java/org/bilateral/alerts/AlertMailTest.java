package org.bilateral.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Set;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications by e-mail through the configured SMTP server (GreenMail on this machine): in the recipient's language,
 * and, when the server is down, kept and sent at the next check.
 */
@AlertsTest
class AlertMailTest {

    @Autowired AlertEvaluation evaluation;
    @Autowired AlertRules rules;
    @Autowired Notifications notifications;
    @Autowired AlertsTest.StatedChanges changes;

    private final GreenMail smtp = new GreenMail(new ServerSetup(AlertsTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @BeforeEach
    void noChangesYet() {
        changes.clear();
    }

    @AfterEach
    void stopTheServerAndLetTheRulesGo() {
        smtp.stop();
        // the rules of every test class share one database: a mailing rule left behind would mail the next test's changes
        for (String user : java.util.List.of("mail-lan", "mail-minh", "mail-quiet")) {
            rules.of(user).forEach(r -> rules.delete(user, r.id()));
        }
    }

    private static Changes.Change round(String href) {
        return new Changes.Change(Kind.ENGAGEMENT, Instant.now(), Said.of("alerts.kind.ENGAGEMENT"), href, null, null,
                "NEGOTIATION_ROUND", false);
    }

    @Test
    void aVietnameseUserReceivesTheMailInVietnamese() throws Exception {
        smtp.start();
        notifications.address("mail-lan", "lan@mofa.example.vn", "vi");
        rules.create("mail-lan", new NewRule("Vòng đàm phán mới", Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null, true));
        changes.add(round("/engagements/mail-7"));

        AlertEvaluation.Evaluated done = evaluation.evaluate();
        assertThat(done.mailed()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lan@mofa.example.vn");
        assertThat(mail.getSubject()).isEqualTo("[Bilateral] Vòng đàm phán mới: Cuộc tiếp xúc");
        String body = String.valueOf(mail.getContent());
        assertThat(body).contains("Cuộc tiếp xúc", "Thư này được gửi vì quy tắc cảnh báo “Vòng đàm phán mới” của bạn đã khớp",
                AlertsTest.PUBLIC_URL + "/engagements/mail-7", AlertsTest.PUBLIC_URL + "/alerts").doesNotContain("This mail");
        assertThat(notifications.of("mail-lan").get(0).mailedAt()).isNotNull();

        // sent once: the next check mails nothing more
        assertThat(evaluation.evaluate().mailed()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailTheServerCouldNotTakeIsKeptAndSentAtTheNextCheck() throws Exception {
        notifications.address("mail-minh", "minh@moit.example.vn", "en");
        rules.create("mail-minh", new NewRule("Rounds by mail", Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null, true));
        changes.add(round("/engagements/mail-8"));

        // the SMTP server is down: nothing listens on its port
        AlertEvaluation.Evaluated down = evaluation.evaluate();
        assertThat(notifications.of("mail-minh")).hasSize(1);
        assertThat(down.mailFailed()).isEqualTo(1);
        Notification kept = notifications.of("mail-minh").get(0);
        assertThat(kept.mailedAt()).isNull();
        assertThat(kept.mailAttempts()).isEqualTo(1);
        assertThat(kept.mailError()).isNotBlank();
        assertThat(kept.mailPending()).isTrue();

        smtp.start();
        AlertEvaluation.Evaluated up = evaluation.evaluate();
        assertThat(notifications.of("mail-minh")).hasSize(1);
        assertThat(up.mailed()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Bilateral] Rounds by mail: Engagement");
        assertThat(String.valueOf(received[0].getContent())).contains("your alert rule \"Rounds by mail\" matched");
        Notification sent = notifications.of("mail-minh").get(0);
        assertThat(sent.id()).isEqualTo(kept.id());
        assertThat(sent.mailedAt()).isNotNull();
        assertThat(sent.mailAttempts()).isEqualTo(2);
        assertThat(sent.mailError()).isNull();
    }

    @Test
    void aRuleThatDoesNotMailSendsNothing() {
        smtp.start();
        notifications.address("mail-quiet", "quiet@mofa.example.vn", "vi");
        rules.create("mail-quiet", new NewRule("Quiet rounds", Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null, false));
        changes.add(round("/engagements/mail-9"));
        evaluation.evaluate();
        assertThat(notifications.of("mail-quiet")).hasSize(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
