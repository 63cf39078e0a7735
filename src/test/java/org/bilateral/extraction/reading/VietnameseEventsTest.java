package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

class VietnameseEventsTest {

    private static List<VietnameseEvents.Draft> events(String published, String... sentences) {
        List<String> texts = List.of(sentences);
        List<List<VietnameseCast.Ref>> refs = new ArrayList<>();
        VietnameseCast.of(texts, texts.stream().map(VietnameseNames::people).toList(), refs);
        ReportedDate on = ReportedDate.parse(published);
        List<VietnameseEvents.Sentence> read = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            read.add(new VietnameseEvents.Sentence(texts.get(i), refs.get(i), VietnameseDates.in(texts.get(i), on, null)));
        }
        return VietnameseEvents.of(read);
    }

    @Test
    void aWorkingSessionIsAMeetingOfThePeopleItNamesOnTheDayItGives() {
        assertThat(events("2026-02-05", "Chiều ngày 4/2, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có buổi làm việc với"
                + " Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper."))
                .extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> d.place(), d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.MEETING, "2026-02-04", "Hà Nội", List.of("Nguyễn Hồng Diên", "Marc Knapper")));
    }

    @Test
    void callsRoundsAndSigningsAreNamedByTheirWords() {
        List<VietnameseEvents.Draft> drafts = events("2026-04-10",
                "Tổng Bí thư Tô Lâm đã có cuộc điện đàm với Tổng thống Hoa Kỳ Donald Trump vào tối 9/4.",
                "Phiên đàm phán thứ sáu về Hiệp định thương mại đối ứng diễn ra từ ngày 7-9/4 tại Hà Nội.",
                "Đoàn đàm phán Việt Nam do Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân dẫn đầu.",
                "Hai bên đã ký kết biên bản ghi nhớ giữa Tập đoàn Dầu khí Việt Nam và Tập đoàn JERA.");
        assertThat(drafts).extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> String.valueOf(d.end()), d -> d.round(),
                        d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.CALL, "2026-04-09", "null", null, List.of("Tô Lâm", "Donald Trump")),
                        tuple(EngagementKind.NEGOTIATION_ROUND, "2026-04-07", "2026-04-09", 6, List.of("Nguyễn Sinh Nhật Tân")),
                        tuple(EngagementKind.SIGNING, "null", "null", null, List.of("Tập đoàn Dầu khí Việt Nam", "Tập đoàn JERA")));
    }

    @Test
    void anOnlineMeetingIsAMeetingAndAPressConferenceIsNone() {
        assertThat(events("2026-07-18", "Sáng nay (18/7), Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có cuộc họp trực tuyến với"
                + " Bộ trưởng Bộ Nông nghiệp Lê Minh Hoan."))
                .extracting(d -> d.kind(), d -> String.valueOf(d.date()))
                .containsExactly(tuple(EngagementKind.MEETING, "2026-07-18"));
        assertThat(events("2026-07-18", "Theo Công văn số 969/TTg ngày 17/7/2026, sáng nay (18/7), Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên"
                + " đã có cuộc họp trực tuyến với Bộ trưởng Bộ Nông nghiệp Lê Minh Hoan."))
                .as("the instruction's document is neither the meeting's day nor its place")
                .extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> d.place())
                .containsExactly(tuple(EngagementKind.MEETING, "2026-07-18", null));
        assertThat(events("2026-09-14", "Tại cuộc họp báo thường kỳ chiều 14/9, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng thông tin về"
                + " chuyến công du.")).extracting(d -> d.kind()).doesNotContain(EngagementKind.MEETING);
    }

    @Test
    void documentsExchangedAreASigning() {
        assertThat(events("2026-05-20", "Ngày 19/5, Thứ trưởng Bộ Công Thương Trần Quốc Khánh và Thứ trưởng Bộ Kinh tế, Thương mại và"
                + " Công nghiệp Nhật Bản Hirose Naoshi đã trao đổi Bản ghi nhớ về hợp tác chuỗi cung ứng."))
                .extracting(d -> d.kind(), d -> String.valueOf(d.date()))
                .containsExactly(tuple(EngagementKind.SIGNING, "2026-05-19"));
    }

    @Test
    void aFramedVisitIsTheVisitorsAndItsDaysAreNotTheMeetings() {
        List<VietnameseEvents.Draft> drafts = events("2026-03-02",
                "Trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 1-3/3 của Thủ tướng Nhật Bản Ishiba Shigeru, sáng 2/3,"
                        + " Thủ tướng Phạm Minh Chính và Thủ tướng Ishiba đã hội đàm.");
        assertThat(drafts).extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.VISIT, "2026-03-01", List.of("Ishiba Shigeru")),
                        tuple(EngagementKind.MEETING, "2026-03-02", List.of("Phạm Minh Chính", "Ishiba Shigeru")));
    }

    @Test
    void aForumsOrganisersTakePartOnTheDayAfterToChuc() {
        List<VietnameseEvents.Draft> drafts = events("2026-09-26",
                "Bộ trưởng Nguyễn Hồng Diên đánh giá cao Diễn đàn doanh nghiệp Việt Nam - Hoa Kỳ do Bộ Công Thương phối hợp với"
                        + " Phòng Thương mại Hoa Kỳ tổ chức chiều ngày 25/9.");
        assertThat(drafts).extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.BUSINESS_FORUM, "2026-09-25", List.of("Bộ Công Thương", "Phòng Thương mại Hoa Kỳ")));
    }

    @Test
    void twoOrganisationsSigningTogetherBothTakePart() {
        assertThat(events("2026-06-14", "Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và Tập đoàn Boeing đã ký kết thỏa thuận mua 50 máy bay."))
                .extracting(d -> d.kind(), d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.SIGNING, List.of("Tổng công ty Hàng không Việt Nam", "Tập đoàn Boeing")));
    }

    @Test
    void whatIsOnlyPlannedOrProposedIsNoEvent() {
        assertThat(events("2026-04-10",
                "Thủ tướng Phạm Minh Chính dự kiến sẽ thăm chính thức Hoa Kỳ vào tháng 6.",
                "Bộ trưởng Nguyễn Hồng Diên đề nghị phía Mỹ sớm ký kết hiệp định.",
                "Thủ tướng chuyển lời mời Tổng thống Donald Trump thăm Việt Nam.")).isEmpty();
    }

    @Test
    void theSameMeetingToldAgainJoinsTheFirstTelling() {
        List<VietnameseEvents.Draft> drafts = events("2025-10-23",
                "Ngày 23/10, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ Mỹ tại Việt Nam Marc Knapper.",
                "Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Mỹ tại Việt Nam Marc Knapper. Ảnh: VGP",
                "Cùng ngày, Hãng hàng không Vietnam Airlines đã ký hợp đồng với Tập đoàn Boeing.");
        assertThat(drafts).extracting(d -> d.kind(), d -> String.valueOf(d.date()), d -> List.copyOf(d.participants()))
                .containsExactly(tuple(EngagementKind.MEETING, "2025-10-23", List.of("Bùi Thanh Sơn", "Marc Knapper")),
                        tuple(EngagementKind.SIGNING, "2025-10-23", List.of("Hãng hàng không Vietnam Airlines", "Tập đoàn Boeing")));
    }
}
