package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.shared.CountryCode;
import org.bilateral.tradestats.Source;
import org.junit.jupiter.api.Test;

/** Sources numbered in the order first cited, each once, and a reporter's statistics fetched once. */
class BriefSourcesTest {

    static Source statistics(long id, boolean synthetic) {
        return new Source(id, "US Census", "us-" + id + ".json", "sha", Instant.EPOCH, "test", 10, synthetic);
    }

    @Test
    void eachSourceIsNumberedOnceInTheOrderFirstCited() {
        BriefSources s = new BriefSources();
        assertThat(s.of("deal register", Brief.Source.Kind.REGISTER, "Bilateral deal register", "2 deals", false)).isEqualTo(1);
        assertThat(s.of("press release 9", Brief.Source.Kind.PRESS_RELEASE, "MOIT", "press release #9", false)).isEqualTo(2);
        assertThat(s.of("deal register", Brief.Source.Kind.REGISTER, "again", "again", false)).as("cited again").isEqualTo(1);
        assertThat(s.numbered()).extracting(Brief.Source::number, Brief.Source::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Bilateral deal register"), org.assertj.core.groups.Tuple.tuple(2, "MOIT"));
        assertThat(s.synthetic()).isFalse();
    }

    @Test
    void aReportersStatisticsCiteTheFirstImportAndAreNamedByTheReporter() {
        BriefSources s = new BriefSources();
        int first = s.statistics(List.of(statistics(4, false), statistics(6, true)), CountryCode.of("US"));
        assertThat(first).isEqualTo(1);
        assertThat(s.numbered()).extracting(Brief.Source::label, Brief.Source::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("US Census (US)", "us-4.json, import #4"),
                org.assertj.core.groups.Tuple.tuple("US Census (US)", "us-6.json, import #6"));
        assertThat(s.synthetic()).as("one import is synthetic").isTrue();
        assertThat(s.statistics(List.of(), CountryCode.of("VN"))).as("none").isZero();
    }

    @Test
    void statisticsAlreadyCitedAreNotFetchedAgain() {
        BriefSources s = new BriefSources();
        s.of("deal register", Brief.Source.Kind.REGISTER, "register", "", false);
        s.statistics(List.of(statistics(4, false)), CountryCode.of("US"));
        AtomicInteger fetched = new AtomicInteger();
        assertThat(s.statisticsOf(CountryCode.of("US"), () -> {
            fetched.incrementAndGet();
            return List.of(statistics(4, false));
        })).isEqualTo(2);
        assertThat(fetched).hasValue(0);
        assertThat(s.statisticsOf(CountryCode.of("VN"), () -> {
            fetched.incrementAndGet();
            return List.of(statistics(5, false));
        })).isEqualTo(3);
        assertThat(fetched).hasValue(1);
    }

    @Test
    void figuresDerivedFromSyntheticDataMarkTheBriefThoughNoSourceIs() {
        BriefSources s = new BriefSources();
        s.derivedFromSynthetic(false);
        assertThat(s.synthetic()).isFalse();
        s.derivedFromSynthetic(true);
        s.derivedFromSynthetic(false);
        assertThat(s.synthetic()).isTrue();
    }

    @Test
    void aPairIsTheSameWhicheverSideItStartsFrom() {
        assertThat(Pair.of(CountryCode.of("VN"), CountryCode.of("US"))).isEqualTo(Pair.of(CountryCode.of("US"), CountryCode.of("VN")));
        assertThat(Pair.of(CountryCode.of("VN"), CountryCode.of("US"))).isNotEqualTo(Pair.of(CountryCode.of("VN"), CountryCode.of("ID")));
        assertThat(Pair.of(BriefSamples.request(BriefLanguage.EN)).x()).isEqualTo(CountryCode.of("US"));
    }
}
