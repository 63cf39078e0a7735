package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the memory of API tokens holds, and when it must not answer. */
class ApiTokenCacheTest {

    static final UserAccounts.Account ANALYST = new UserAccounts.Account("cache-analyst", Role.ANALYST);
    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private static ApiTokenCache listening() {
        ApiTokenCache cache = new ApiTokenCache();
        cache.reset(true);
        return cache;
    }

    @Test
    void aTokenReadIsHeldAndFoundByItsHash() {
        ApiTokenCache cache = listening();
        cache.put("hash-1", 7, ANALYST, null, cache.generation(), NOW);
        assertThat(cache.find("hash-1", NOW)).contains(new ApiTokenCache.Held(7, ANALYST));
        assertThat(cache.find("hash-2", NOW)).isEmpty();
    }

    @Test
    void nothingIsTrustedUntilTheChangesAreHeardNorAfterTheListenerBroke() {
        ApiTokenCache cache = new ApiTokenCache();
        cache.put("hash-1", 7, ANALYST, null, cache.generation(), NOW);
        assertThat(cache.holds("hash-1")).as("not put while nobody listens").isFalse();

        cache.reset(true);
        cache.put("hash-1", 7, ANALYST, null, cache.generation(), NOW);
        cache.reset(false);
        assertThat(cache.find("hash-1", NOW)).isEmpty();
        assertThat(cache.holds("hash-1")).as("forgotten, since changes may go unheard").isFalse();
    }

    @Test
    void aChangeOfTheAccountForgetsItsTokensAndNoOthers() {
        ApiTokenCache cache = listening();
        var other = new UserAccounts.Account("cache-viewer", Role.VIEWER);
        cache.put("hash-1", 7, ANALYST, null, cache.generation(), NOW);
        cache.put("hash-2", 8, ANALYST, null, cache.generation(), NOW);
        cache.put("hash-3", 9, other, null, cache.generation(), NOW);
        cache.forget(ANALYST.username());
        assertThat(cache.holds("hash-1")).isFalse();
        assertThat(cache.holds("hash-2")).isFalse();
        assertThat(cache.holds("hash-3")).isTrue();
    }

    @Test
    void aLookUpThatReadBeforeAChangeDoesNotPutTheOldAccountBack() {
        ApiTokenCache cache = listening();
        long since = cache.generation(); // the look-up starts reading the database
        cache.forgetNow(ANALYST.username()); // meanwhile the account is demoted, and its tokens forgotten
        cache.put("hash-1", 7, ANALYST, null, since, NOW); // the look-up ends with what it read before the change
        assertThat(cache.holds("hash-1")).isFalse();
        assertThat(cache.find("hash-1", NOW)).isEmpty();
    }

    @Test
    void aTokensUseIsNotedAtMostOnceAMinute() {
        ApiTokenCache cache = listening();
        cache.put("hash-1", 7, ANALYST, null, cache.generation(), NOW);
        cache.find("hash-1", NOW.plusSeconds(30));
        assertThat(cache.takeUnwrittenUses()).as("the first use, noted when read; 30 s later is within the minute")
                .containsExactlyEntriesOf(java.util.Map.of(7L, NOW));
        cache.find("hash-1", NOW.plusSeconds(61));
        assertThat(cache.unwrittenUse(7)).contains(NOW.plusSeconds(61));
        assertThat(cache.takeUnwrittenUses()).containsExactlyEntriesOf(java.util.Map.of(7L, NOW.plusSeconds(61)));
        assertThat(cache.takeUnwrittenUses()).isEmpty();
    }

    @Test
    void aTokenUsedWithinTheMinuteBeforeItWasReadIsNotNotedAgain() {
        ApiTokenCache cache = listening();
        cache.put("hash-1", 7, ANALYST, NOW.minusSeconds(20), cache.generation(), NOW);
        assertThat(cache.takeUnwrittenUses()).isEmpty();
    }
}
