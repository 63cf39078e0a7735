package org.bilateral.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a user's alerts go.
 *
 * @param address     the address its mails go to; none for no mail
 * @param language    {@code vi} or {@code en}: the language of its mails and its feed
 * @param feedTokenAt when its live feed token was made; none when it has none
 */
public record Recipient(String username, @Nullable String address, String language, @Nullable Instant feedTokenAt) {
}
