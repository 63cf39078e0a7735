package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnamesePurchasesTest {

    @Test
    void anOrderGivesBuyerSellerNumberAndValue() {
        // 25 tỷ USD = 25 × 1,000,000,000 = 25,000,000,000
        assertThat(VietnamesePurchases.in("Vietjet nhận tàu bay đầu tiên trong đơn đặt hàng 200 chiếc trị giá 25 tỷ USD với Boeing."))
                .extracting(VietnamesePurchases.Purchase::buyer, VietnamesePurchases.Purchase::seller, VietnamesePurchases.Purchase::quantity,
                        VietnamesePurchases.Purchase::unit, p -> p.valueUsd().compareTo(new BigDecimal("25000000000")))
                .containsExactly(tuple("Vietjet", "Boeing", 200L, "aircraft", 0));
    }

    @Test
    void theDecimalCommaAndTheMakerAfterTheItemAreRead() {
        // 8,1 tỷ USD = 8.1 × 1,000,000,000 = 8,100,000,000
        assertThat(VietnamesePurchases.in("Hãng hàng không Vietnam Airlines đã ký hợp đồng mua 50 máy bay Boeing 737 MAX trị giá 8,1 tỷ USD."))
                .extracting(VietnamesePurchases.Purchase::buyer, VietnamesePurchases.Purchase::seller, VietnamesePurchases.Purchase::quantity,
                        p -> p.valueUsd().compareTo(new BigDecimal("8100000000")))
                .containsExactly(tuple("Hãng hàng không Vietnam Airlines", "Boeing", 50L, 0));
        // 1.500 tấn: the dot groups thousands, 1,500 tonnes
        assertThat(VietnamesePurchases.in("Tổng công ty Lương thực miền Bắc ký thỏa thuận mua 1.500 tấn lúa mì của Mỹ."))
                .extracting(VietnamesePurchases.Purchase::quantity, VietnamesePurchases.Purchase::unit).containsExactly(tuple(1500L, "tonnes"));
    }

    @Test
    void twoPartiesSigningTogetherAreBuyerAndSeller() {
        // khoảng 10 tỷ USD = 10 × 1,000,000,000 = 10,000,000,000
        assertThat(VietnamesePurchases.in("Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và Tập đoàn Boeing đã ký kết thỏa thuận mua"
                        + " 50 máy bay 737 MAX trị giá khoảng 10 tỷ USD."))
                .extracting(VietnamesePurchases.Purchase::buyer, VietnamesePurchases.Purchase::seller, VietnamesePurchases.Purchase::quantity,
                        p -> p.valueUsd().compareTo(new BigDecimal("10000000000")))
                .containsExactly(tuple("Tổng công ty Hàng không Việt Nam", "Tập đoàn Boeing", 50L, 0));
    }

    @Test
    void promisesPlansInvestmentsAndTakeoversAreNoPurchases() {
        assertThat(VietnamesePurchases.in("Việt Nam sẽ tiếp tục tăng mua hàng hóa Mỹ, nhất là máy bay.")).isEmpty();
        assertThat(VietnamesePurchases.in("Hãng hàng không Bamboo Airways dự kiến sẽ mua 20 máy bay Boeing.")).isEmpty();
        assertThat(VietnamesePurchases.in("Tập đoàn Dầu khí Việt Nam sẽ đầu tư 2 tỷ USD vào dự án điện khí.")).isEmpty();
        assertThat(VietnamesePurchases.in("Tập đoàn Masan mua lại cổ phần trị giá 300 triệu USD.")).isEmpty();
    }
}
