package org.bilateral.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets made up on the spot (generated passwords, API tokens): random bytes from a secure source, in URL-safe text. */
public final class RandomText {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomText() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding: 15 bytes (120 bits) make 20 characters. */
    public static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
