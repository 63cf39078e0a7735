package org.bilateral.sources;

import java.time.Duration;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a pull reaches the outside ({@code bilateral.sources.*}): how long it waits, how often it tries again and how large
 * an answer it takes. The defaults suit the real services; tests shorten the waits.
 *
 * @param attempts        tries of one request before it is reported failed (1–10)
 * @param firstBackoff    the wait before the second try; each further wait doubles
 * @param longestBackoff  no wait is longer, a server's {@code Retry-After} included
 * @param connectTimeout  how long a connection may take
 * @param answerTimeout   how long a whole answer may take
 * @param largestAnswer   bytes an answer may hold; a larger one is refused, not read on (1 KB – 1 GB)
 * @param partners        the partners whose trade with the United States the pulls keep current (default Vietnam)
 */
@ConfigurationProperties("bilateral.sources")
public record SourcesProperties(int attempts, Duration firstBackoff, Duration longestBackoff, Duration connectTimeout,
        Duration answerTimeout, long largestAnswer, List<CountryCode> partners) {

    public SourcesProperties {
        if (attempts == 0) {
            attempts = 4;
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("bilateral.sources.attempts is 1 to 10, not " + attempts);
        }
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(2) : firstBackoff;
        longestBackoff = longestBackoff == null ? Duration.ofMinutes(2) : longestBackoff;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
        answerTimeout = answerTimeout == null ? Duration.ofMinutes(2) : answerTimeout;
        if (largestAnswer == 0) {
            largestAnswer = 256L << 20;
        }
        if (largestAnswer < 1024 || largestAnswer > 1L << 30) {
            throw new IllegalArgumentException("bilateral.sources.largest-answer is 1 KB to 1 GB, not " + largestAnswer);
        }
        partners = partners == null || partners.isEmpty() ? List.of(CountryCode.of("VN")) : List.copyOf(partners);
    }
}
