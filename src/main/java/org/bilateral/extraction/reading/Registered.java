package org.bilateral.extraction.reading;

import java.util.List;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/** The names the register already holds, as the register knows them (title, country, kind). */
final class Registered implements NameRule {

    private final Register register;

    Registered(Register register) {
        this.register = register;
    }

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        if (register.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (claims.isClaimed(i) || !t.get(i).capitalised()) {
                continue;
            }
            for (int len = Math.min(6, t.size() - i); len >= 1; len--) {
                if (!claims.free(i, i + len)) {
                    continue;
                }
                String text = s.substring(t.get(i).start(), t.get(i + len - 1).end());
                String key = NameKey.of(text);
                Register.Known known = register.find(key);
                if (known == null || (len == 1 && known.person())) {
                    continue;
                }
                if (known.person()) {
                    claims.add(new PersonMention(t.get(i).start(), t.get(i + len - 1).end(), known.name(), known.title(),
                            known.country(), null, false, t.get(i + len - 1).end(), known.country() != null));
                } else {
                    claims.add(new OrganisationMention(t.get(i).start(), t.get(i + len - 1).end(), known.name(), null,
                            known.kind(), known.country(), false));
                }
                claims.claim(i, i + len);
                i += len - 1;
                break;
            }
        }
    }
}
