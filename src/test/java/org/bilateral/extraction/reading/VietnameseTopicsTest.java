package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.policy.PolicyTopic;
import org.junit.jupiter.api.Test;

class VietnameseTopicsTest {

    @Test
    void theIssueVocabularyMapsToThePolicyTopics() {
        assertThat(VietnameseTopics.issues("Việt Nam đề nghị Hoa Kỳ sớm công nhận quy chế kinh tế thị trường."))
                .containsExactly(PolicyTopic.MARKET_ECONOMY_STATUS);
        assertThat(VietnameseTopics.issues("Tổng Bí thư đề nghị phía Mỹ sớm công nhận Việt Nam là kinh tế thị trường."))
                .containsExactly(PolicyTopic.MARKET_ECONOMY_STATUS);
        assertThat(VietnameseTopics.issues("đưa Việt Nam ra khỏi danh sách kiểm soát xuất khẩu")).containsExactly(PolicyTopic.EXPORT_CONTROLS);
        assertThat(VietnameseTopics.issues("bỏ hạn chế xuất khẩu đối với một số mặt hàng công nghệ cao")).containsExactly(PolicyTopic.EXPORT_CONTROLS);
        assertThat(VietnameseTopics.issues("ngăn chặn gian lận xuất xứ và chuyển tải bất hợp pháp")).containsExactly(PolicyTopic.TRADE_FRAUD);
        assertThat(VietnameseTopics.issues("Mỹ sẽ cắt giảm thuế đối ứng cho hàng hóa Việt Nam")).containsExactly(PolicyTopic.TARIFFS);
    }

    @Test
    void theAgreementsNameAloneAndAMarketEconomyInPassingAreNoIssue() {
        assertThat(VietnameseTopics.issues("sớm ký kết Hiệp định thương mại đối ứng giữa Việt Nam và Mỹ")).isEmpty();
        assertThat(VietnameseTopics.issues("phát triển nền kinh tế thị trường định hướng xã hội chủ nghĩa")).isEmpty();
    }
}
