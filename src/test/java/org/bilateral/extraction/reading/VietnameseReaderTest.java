package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.Extraction;
import org.junit.jupiter.api.Test;

class VietnameseReaderTest {

    private static final String TEXT = """
             date 2025-11-23 Sáng 23/11, tại Johannesburg, Thủ tướng Phạm Minh Chính đã có cuộc gặp Thủ tướng Đức Friedrich Merz.

            Thủ tướng Phạm Minh Chính gửi lời thăm hỏi của Tổng Bí thư Tô Lâm đến Thủ tướng Đức và mời Thủ tướng Merz sớm thăm Việt Nam.

            Cùng ngày, Tập đoàn Điện lực Việt Nam đã ký biên bản ghi nhớ với Tập đoàn Siemens Energy, trong khi Đại sứ Guido Hildner cho biết
            phía Đức sẵn sàng hỗ trợ.
            """;

    @Test
    void thePeopleProposedAreThoseTakingPartEachWithTheMeasuredConfidence() {
        Extraction x = VietnameseReader.read("gap-thu-tuong-duc.txt", CleanText.of(TEXT));
        assertThat(x.published()).hasToString("2025-11-23");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .as("Tô Lâm only sends greetings and the ambassador only speaks: neither takes part")
                .containsExactly(tuple("Phạm Minh Chính", "Thủ tướng", "VN"), tuple("Friedrich Merz", "Thủ tướng Đức", "DE"));
        assertThat(x.people()).allSatisfy(p -> assertThat(p.confidence()).isEqualTo(VietnameseReader.PEOPLE));
        assertThat(x.events()).allSatisfy(e -> assertThat(e.confidence()).isEqualTo(VietnameseReader.EVENTS));
    }

    @Test
    void organisationsTakingPartAreProposedAsSuch() {
        Extraction x = VietnameseReader.read("gap-thu-tuong-duc.txt", CleanText.of(TEXT));
        assertThat(x.organisations()).extracting(Extraction.Organisation::name, Extraction.Organisation::participant)
                .containsExactly(tuple("Tập đoàn Điện lực Việt Nam", true), tuple("Tập đoàn Siemens Energy", true));
        assertThat(x.organisations()).allSatisfy(o -> assertThat(o.confidence()).isEqualTo(VietnameseReader.ORGANISATIONS));
        assertThat(x.events()).extracting(e -> e.kind().code(), e -> String.valueOf(e.date()))
                .containsExactly(tuple("meeting", "2025-11-23"), tuple("signing", "2025-11-23"));
    }
}
