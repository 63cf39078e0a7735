package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader's work grows with the text, not faster: counted in steps ({@link Work}), never timed. A long release
 * names many people; before the cast was indexed, each short form ("Carver said") was compared with every person
 * named so far, so twice the text cost four times the comparisons.
 */
class ReadingWorkTest {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Linh", "Nam", "Phúc"};
    private static final String[] FIRST = {"Alan", "Beth", "Carl", "Dana", "Evan", "Fiona", "Grant", "Helen", "Ivan", "Julia"};
    private static final String[] LAST = {"Archer", "Brook", "Carver", "Dalton", "Ellison", "Fairfax", "Garrett", "Holloway", "Ingram", "Jarvis"};

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    /**
     * Releases of one shape, each with people of its own (a hundred distinct pairs of names for i below 100), told one
     * after another as a long release would.
     */
    private static String releases(int count) {
        StringBuilder t = new StringBuilder("HÀ NỘI, March 20, 2026 — Trade talks\n\n");
        for (int i = 0; i < count; i++) {
            String vn = FAMILY[i % 10] + " Văn " + GIVEN[i / 10 % 10];
            String us = FIRST[i % 10] + " " + LAST[i / 10 % 10];
            String shortVn = GIVEN[i / 10 % 10];
            String shortUs = LAST[i / 10 % 10];
            t.append("Vietnamese Minister of Industry and Trade ").append(vn).append(" met US Secretary of Commerce ").append(us)
                    .append(" in Hanoi on March ").append(1 + i % 19).append(" to discuss reciprocal tariffs.\n\n")
                    .append(shortVn).append(" said that Việt Nam stays ready to buy more aircraft and energy from the US. ")
                    .append(shortUs).append(" welcomed the proposal, and the two ministers agreed to meet again.\n\n")
                    .append("Later, Secretary ").append(shortUs).append(" held talks with executives of Orion Energy and Summit Power.\n\n");
        }
        return t.toString();
    }

    private long steps(String text) {
        long before = Work.steps();
        Extraction x = reader.read(new PressRelease("work.txt", text));
        assertThat(x.events()).as("the releases are read, not skipped").isNotEmpty();
        return Work.steps() - before;
    }

    @Test
    void readingTwiceTheTextTakesNoMoreThanAboutTwiceTheSteps() {
        String shorter = releases(40);
        String longer = releases(80);
        // 40 releases of one shape are about 15,000 characters, 80 about twice that: the longer text is at most 2.1
        // times the shorter (the headline is said once), so linear work is at most about 2.1 times too; 2.3 leaves room
        // for a release's own few steps and nothing for work that grows with the text squared, which doubles twice.
        assertThat((double) longer.length() / shorter.length()).isBetween(1.9, 2.1);
        long n = steps(shorter);
        long twice = steps(longer);
        assertThat(n).isPositive();
        assertThat((double) twice / n).as("steps for %,d and %,d characters: %,d and %,d", shorter.length(), longer.length(), n, twice)
                .isLessThanOrEqualTo(2.3);
    }

    @Test
    void aReadWhoseThreadIsInterruptedStopsInsteadOfRunningToTheEnd() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> reader.read(new PressRelease("stopped.txt", releases(3))))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted(); // the test's thread is left as it was found
        }
    }
}
