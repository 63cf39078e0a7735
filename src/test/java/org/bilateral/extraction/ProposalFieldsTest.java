package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.bilateral.commitments.Instrument;
import org.bilateral.shared.Money;
import org.junit.jupiter.api.Test;

class ProposalFieldsTest {

    @Test
    void aProposalsFieldsAreListedInTheRecordsOrderWithTheirStoredValues() {
        ProposedRecord.Commitment deal = new ProposedRecord.Commitment("Vietjet", "Boeing", "aircraft", 200L, "aircraft",
                Money.usd(new BigDecimal("3.2e10")), null, null, Instrument.MOU);
        ProposalFields fields = ProposalJson.fields(deal);
        assertThat(fields.keys()).containsExactly("buyer", "seller", "item", "quantity", "unit", "value_usd", "value_low_usd",
                "value_high_usd", "instrument");
        // 3.2e10 is thirty-two billion dollars, held as the exact decimal 32000000000
        assertThat(fields.get("value_usd")).isEqualTo(new BigDecimal("32000000000"));
        assertThat(fields.get("quantity")).isEqualTo(200L);
        assertThat(fields.get("instrument")).isEqualTo("mou");
        assertThat(fields.has("value_low_usd")).isTrue();
        assertThat(fields.get("value_low_usd")).isNull();
        assertThat(fields.has("venue")).isFalse();
        assertThat(fields).extracting(ProposalFields.Field::key).first().isEqualTo("buyer");
    }
}
