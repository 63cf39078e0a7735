package org.bilateral.extraction;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;

/**
 * The reader's part of "what changed": each press release read since the moment whose proposals wait for review, said
 * with its title and how many wait, its title and first paragraphs as the words an alert looks for. No press release is
 * demonstration data (the demonstration loads statistics, deals and a register, and reads no release), so none is said
 * synthetic.
 */
@Component
class PressChanges implements Changes {

    /** The paragraphs after the title an alert on words reads: a release's lead says what it is about. */
    static final int LEAD_PARAGRAPHS = 3;

    private final FeedStore store;

    PressChanges(FeedStore store) {
        this.store = store;
    }

    @Override
    public List<Change> since(Instant since) {
        return store.waitingSince(since).stream()
                .map(w -> new Change(Kind.PRESS, w.ingestedAt(), Said.of("changes.press", w.name(), w.proposed()),
                        "/press-releases/" + w.id(), null, null, w.name() + "\n" + lead(w.text()), false))
                .toList();
    }

    /** The first paragraphs of a release's stored text (the reader's clean text keeps a blank line between them). */
    static String lead(String text) {
        return Arrays.stream(text.split("\n\n")).map(String::strip).filter(p -> !p.isEmpty()).limit(LEAD_PARAGRAPHS)
                .collect(Collectors.joining("\n"));
    }
}
