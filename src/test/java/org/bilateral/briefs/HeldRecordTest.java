package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.commitments.DealStage;
import org.bilateral.policy.AskStatus;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/** What a brief keeps of the record, for the next brief to compare with: every deal and ask of the pair, by number. */
class HeldRecordTest {

    @Test
    void theDealsAndAsksAreHeldByNumberWithTheirStagesValuesAndPositions() {
        List<DealOfPair> deals = List.of(
                new DealOfPair(9, "D9 PV Gas – AGP: LNG", "PV Gas", "AGP", "LNG", DealStage.CANCELLED, false, new BigDecimal("5"), null, List.of()),
                new DealOfPair(3, "D3 Vietnam Airlines – Boeing: aircraft", "Vietnam Airlines", "Boeing", "aircraft", DealStage.MOU, true,
                        new BigDecimal("12000"), new BigDecimal("13000"), List.of()));
        Asks.Position said = new Asks.Position(LocalDate.of(2025, 3, 9), null, "Hà Nội", null, null, null, null, "press release #7");
        List<Asks.Ask> asks = List.of(
                new Asks.Ask(8, CountryCode.of("US"), CountryCode.of("VN"), PolicyTopic.TRADE_FRAUD, "Stop transshipment", AskStatus.RAISED,
                        List.of()),
                new Asks.Ask(2, CountryCode.of("VN"), CountryCode.of("US"), PolicyTopic.MARKET_ECONOMY_STATUS, "Recognise", AskStatus.RAISED,
                        List.of(said)));
        Brief.Held held = HeldRecord.of(deals, asks, (a, p) -> p.who() == null ? "Viet Nam" : p.who());
        assertThat(held.deals()).extracting(Brief.HeldDeal::id, Brief.HeldDeal::stage, Brief.HeldDeal::counted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "MOU", true), org.assertj.core.groups.Tuple.tuple(9L, "CANCELLED", false));
        assertThat(held.deals().get(0).highUsd()).isEqualByComparingTo("13000");
        assertThat(held.asks()).extracting(Brief.HeldAsk::number).containsExactly(2L, 8L);
        assertThat(held.asks().get(0).positions()).containsExactly(new Brief.HeldPosition(LocalDate.of(2025, 3, 9), "Hà Nội", "Viet Nam"));
    }
}
