package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    private static final ReportedDate PUBLISHED = ReportedDate.parse("2026-02-05");

    private static List<String> days(String sentence, ReportedDate published, Integer year) {
        return VietnameseDates.in(sentence, published, year).stream()
                .map(f -> f.date() + (f.end() == null ? "" : ".." + f.end())).toList();
    }

    @Test
    void theDayComesBeforeTheMonthWhateverSeparatesThem() {
        assertThat(days("Ngày 2/2, hai bên đã hội đàm.", PUBLISHED, null)).containsExactly("2026-02-02");
        assertThat(days("Sáng 3.2 và chiều ngày 4-2, hai đoàn làm việc.", PUBLISHED, null)).containsExactly("2026-02-03", "2026-02-04");
        assertThat(days("ngày 2 tháng 7 năm 2025", PUBLISHED, null)).containsExactly("2025-07-02");
    }

    @Test
    void aYearWrittenIsKeptAndAMissingOneComesFromThePublicationDate() {
        assertThat(days("chiều ngày 4/2/2026", null, null)).containsExactly("2026-02-04");
        assertThat(days("tối 3/2", null, null)).as("no publication date: the year is unknown").containsExactly("XXXX-02-03");
        assertThat(days("tối 3/2", null, 2025)).as("a month-only date tag gives the year").containsExactly("2025-02-03");
    }

    @Test
    void decemberInAJanuaryReportIsTheYearBeforeAndADayWellAfterThePublicationHasNoYear() {
        assertThat(days("ngày 28/12", ReportedDate.parse("2026-01-05"), null)).containsExactly("2025-12-28");
        // published 13 May, the day 16 October: a report does not tell of October in May, so its date is not the story's
        assertThat(days("sáng 16/10", ReportedDate.parse("2025-05-13"), null)).containsExactly("XXXX-10-16");
    }

    @Test
    void rangesGiveTheirFirstAndLastDays() {
        assertThat(days("từ ngày 19-22/01, tại Washington", PUBLISHED, null)).containsExactly("2026-01-19..2026-01-22");
        assertThat(days("từ ngày 16 - 20/10", null, null)).containsExactly("XXXX-10-16..XXXX-10-20");
        assertThat(days("từ ngày 9 đến ngày 11/1 tại Washington", PUBLISHED, null)).containsExactly("2026-01-09..2026-01-11");
    }

    @Test
    void aDayNamedInBracketsAfterTodayIsTheDayWithOrWithoutAPublicationDate() {
        // "sáng nay (18/7)": the bracket names the day; published 18 July 2021 it is 2021-07-18, undated XXXX-07-18
        assertThat(days("ngay sáng nay (18/7), hai Bộ đã họp trực tuyến", ReportedDate.parse("2021-07-18"), null)).containsExactly("2021-07-18");
        assertThat(days("ngay sáng nay (18/7), hai Bộ đã họp trực tuyến", null, null)).containsExactly("XXXX-07-18");
        assertThat(days("hôm qua (ngày 17/7)", null, null)).containsExactly("XXXX-07-17");
    }

    @Test
    void theDayADocumentCitedWasIssuedIsNoDayOfTheStory() {
        assertThat(days("Theo Công văn số 969/TTg – KGVX ngày 17/7/2021 của Thủ tướng, ngay sáng nay (18/7), hai Bộ đã họp trực tuyến.",
                null, null)).containsExactly("XXXX-07-18");
        assertThat(days("Quyết định số 12/QĐ-BCT ngày 3/2", PUBLISHED, null)).isEmpty();
    }

    @Test
    void daysAreCountedFromThePublicationDate() {
        // published 5 February: hôm qua is the 4th, hôm nay the 5th
        assertThat(days("Hôm qua, Bộ trưởng đã tiếp Đại sứ.", PUBLISHED, null)).containsExactly("2026-02-04");
        assertThat(days("Thủ tướng hôm nay có cuộc gặp.", PUBLISHED, null)).containsExactly("2026-02-05");
        assertThat(days("Hôm qua, Bộ trưởng đã tiếp Đại sứ.", null, null)).as("no publication date, no day").isEmpty();
    }

    @Test
    void numbersWithoutAWordForADayAreNoDates() {
        assertThat(days("Vietjet nhận tàu bay Boeing 737-8 và 8.1 tỷ USD", PUBLISHED, null)).isEmpty();
        assertThat(days("vào tháng 4/2025", PUBLISHED, null)).as("a month alone is no day").isEmpty();
        assertThat(days("ngày 31/4", PUBLISHED, null)).as("no such day").isEmpty();
    }

    @Test
    void aMonthOnlyTagGivesItsYear() {
        assertThat(VietnameseDates.taggedYear(" date 2025-07 20 giờ ngày 2-7")).isEqualTo(2025);
        assertThat(VietnameseDates.taggedYear(" date 2025-07-02 Ngày 2-7")).isNull();
    }
}
