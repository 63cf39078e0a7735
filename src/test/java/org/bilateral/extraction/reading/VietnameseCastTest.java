package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseCastTest {

    private static List<List<VietnameseCast.Ref>> refs(List<String> sentences, VietnameseCast[] cast) {
        List<List<VietnameseCast.Ref>> refs = new ArrayList<>();
        cast[0] = VietnameseCast.of(sentences, sentences.stream().map(VietnameseNames::people).toList(), refs);
        return refs;
    }

    @Test
    void shortFormsAndTitlesAloneResolveToTheFullName() {
        List<String> sentences = List.of(
                "Tổng thống Trump tiếp Thủ tướng Phạm Minh Chính.",
                "Tổng thống Mỹ Donald Trump và Thủ tướng Phạm Minh Chính đã hội đàm.",
                "Ông Trump cho biết, còn Thủ tướng khẳng định hợp tác sẽ đi vào thực chất.",
                "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và ông Diên");
        VietnameseCast[] cast = new VietnameseCast[1];
        List<List<VietnameseCast.Ref>> refs = refs(sentences, cast);
        assertThat(refs.get(0)).extracting(r -> r.person().name).containsExactly("Donald Trump", "Phạm Minh Chính");
        assertThat(refs.get(2)).extracting(r -> r.person().name).containsExactly("Donald Trump", "Phạm Minh Chính");
        assertThat(refs.get(3)).extracting(r -> r.person().name).containsExactly("Nguyễn Hồng Diên", "Nguyễn Hồng Diên");
        assertThat(cast[0].all()).extracting(p -> p.name, p -> p.title, p -> p.country)
.as("in the order their full names are first given").containsExactly(tuple("Phạm Minh Chính", "Thủ tướng", "VN"), tuple("Donald Trump", "Tổng thống Mỹ", "US"),
                        tuple("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương", "VN"));
    }

    @Test
    void aTitleAloneNamingACountryResolvesToThatCountrysHolder() {
        List<String> sentences = List.of(
                "Thủ tướng Phạm Minh Chính gặp Thủ tướng Đức Friedrich Merz.",
                "Thủ tướng Đức cảm ơn Việt Nam.");
        VietnameseCast[] cast = new VietnameseCast[1];
        assertThat(refs(sentences, cast).get(1)).extracting(r -> r.person().name).containsExactly("Friedrich Merz");
    }
}
