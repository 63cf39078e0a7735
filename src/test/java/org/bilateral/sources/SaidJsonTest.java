package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.Test;

class SaidJsonTest {

    @Test
    void aSaidIsReadBackAsItWasSaidWithItsNestedSaidsDatesAndNumbers() {
        Said said = Said.of("refusal.sources.gaveUp", "4", Said.of("refusal.sources.unreachable", "Connection refused"));
        Said dated = Said.of("refusal.sources.problems", new BigDecimal("1204.5"), Said.of("x.on", LocalDate.of(2025, 11, 3)));

        assertThat(SaidJson.read(SaidJson.write(said))).isEqualTo(said);
        assertThat(SaidJson.read(SaidJson.write(dated))).isEqualTo(dated);
        assertThat(SaidJson.readAll(SaidJson.writeAll(List.of(said, dated)))).containsExactly(said, dated);
        assertThat(SaidJson.readAll(SaidJson.writeAll(List.of()))).isEmpty();
    }

    @Test
    void aWholeNumberIsReadBackAsTheSameFigure() {
        // an Integer is kept as the number 12 and read back as the decimal 12: the same figure said the same way
        Said read = SaidJson.read(SaidJson.write(Said.of("refusal.sources.problems", 12, Said.asWritten("x"))));
        assertThat(read.english()).isEqualTo(Said.of("refusal.sources.problems", 12, Said.asWritten("x")).english());
        assertThat(((BigDecimal) read.arguments().get(0)).intValueExact()).isEqualTo(12);
    }
}
