package org.bilateral.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the alerts run ({@code bilateral.alerts.*}).
 *
 * @param every    how often {@code serve} checks the rules (default 15 minutes; 0 for never, the pulls still check them)
 * @param language the language of a recipient's mails and feed until they choose one (default Vietnamese)
 * @param mailFrom the sender of the mails (default bilateral@localhost)
 */
@ConfigurationProperties("bilateral.alerts")
public record AlertsProperties(Duration every, String language, String mailFrom) {

    public AlertsProperties {
        every = every == null ? Duration.ofMinutes(15) : every;
        if (every.isNegative()) {
            throw new IllegalArgumentException("bilateral.alerts.every is 0 (never) or a positive duration, not " + every);
        }
        language = language == null || language.isBlank() ? "vi" : language.strip();
        if (!language.equals("vi") && !language.equals("en")) {
            throw new IllegalArgumentException("bilateral.alerts.language is vi or en, not " + language);
        }
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "bilateral@localhost" : mailFrom.strip();
    }
}
