package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's characters decided without regular expressions are the very ones its expressions let through. */
class FirewallCharactersTest {

    /** Spring Security 7.1's own expressions (StrictHttpFirewall). */
    static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsDecidedAsTheExpressionsDecideIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = new String(Character.toChars(c));
            assertThat(FirewallCharacters.NAMES.test(one)).as("U+%04X in a name", c).isEqualTo(NAMES.matcher(one).matches());
            assertThat(FirewallCharacters.HEADER_VALUES.test(one)).as("U+%04X in a header value", c)
                    .isEqualTo(HEADER_VALUES.matcher(one).matches());
        }
    }

    @Test
    void wholeHeadersAreDecidedCharacterByCharacter() {
        for (String value : new String[] {"Bearer blt_abc-DEF_123", "", "a\tb", "a\nb", "a\u0000b", "Việt Nam",
                "\uD83D\uDE00 smile", "lone \uD800 surrogate", "x\u0378y"}) {
            assertThat(FirewallCharacters.NAMES.test(value)).as(value).isEqualTo(NAMES.matcher(value).matches());
            assertThat(FirewallCharacters.HEADER_VALUES.test(value)).as(value).isEqualTo(HEADER_VALUES.matcher(value).matches());
        }
    }
}
