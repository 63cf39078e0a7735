package org.bilateral.alerts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mails of the notifications whose rules mail, one a notification, in the recipient's language. Only when an SMTP
 * server is configured ({@code spring.mail.host}: Spring Boot makes a {@link JavaMailSender} then). A send that fails
 * is counted and kept with its error; the next evaluation tries it again, so no notification is lost to a server down.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);

    record Sent(int sent, int failed) {
    }

    private final AlertStore store;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final AlertsProperties properties;
    private final PublicAddress publicAddress;

    AlertMail(AlertStore store, ObjectProvider<JavaMailSender> sender, MessageSource messages, AlertsProperties properties,
            PublicAddress publicAddress) {
        this.store = store;
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
        this.publicAddress = publicAddress;
    }

    /** Whether an SMTP server is configured. */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends every notification waiting to be mailed; none when no server is configured. One sending at a time in this
     * process: the schedule and a pull's end may check at once, and each would otherwise mail what the other is mailing.
     */
    synchronized Sent sendWaiting() {
        @Nullable JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return new Sent(0, 0);
        }
        int sent = 0;
        int failed = 0;
        for (Notification n : store.unmailed()) {
            Optional<Recipient> recipient = store.recipient(n.owner());
            if (recipient.isEmpty() || recipient.get().address() == null) {
                continue;
            }
            try {
                mailer.send(message(mailer, n, recipient.get()));
                store.mailed(n.id());
                sent++;
            } catch (MailException | MessagingException e) {
                store.mailFailed(n.id(), String.valueOf(e.getMessage()));
                log.warn("alerts: the mail of notification {} to {} failed, tried again at the next evaluation: {}", n.id(),
                        n.owner(), e.getMessage());
                failed++;
            }
        }
        return new Sent(sent, failed);
    }

    private MimeMessage message(JavaMailSender mailer, Notification n, Recipient recipient) throws MessagingException {
        Locale language = Locale.forLanguageTag(recipient.language());
        MimeMessage message = mailer.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(String.valueOf(recipient.address()));
        helper.setSubject(say("alerts.mail.subject", language, n.ruleName(), n.line(language)));
        StringBuilder body = new StringBuilder();
        body.append(n.line(language)).append("\n\n");
        if (n.synthetic()) {
            body.append(say("alerts.synthetic", language)).append("\n\n");
        }
        body.append(publicAddress.of(n.href())).append("\n\n");
        body.append(say("alerts.mail.footer", language, n.ruleName(), publicAddress.of("/alerts"))).append('\n');
        helper.setText(body.toString());
        return message;
    }

    private String say(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
