package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real hs2022-vi.csv of ../shared/data, read in place beside the real HS 2022 file; skipped where it is not there. */
class VietnameseNomenclatureOnSharedDataTest {

    private static final Path SHARED = Path.of("../shared/data");

    @Test
    void everyChapterHeadingAndSubheadingOfHs2022ButTheUnspecified99HasItsVietnameseText() throws Exception {
        Path vi = SHARED.resolve(ReferenceTables.VIETNAMESE);
        assumeTrue(Files.isRegularFile(vi), "../shared/data/hs/hs2022-vi.csv is not here: the shared reference data is needed for this test");
        List<ReferenceTables.HsRow> codes = ReferenceTables.codes(Files.readAllBytes(SHARED.resolve(ReferenceTables.HS)),
                ReferenceTables.sections(Files.readAllBytes(SHARED.resolve(ReferenceTables.SECTIONS))));
        ReferenceTables.Vietnamese read = ReferenceTables.vietnamese(Files.readAllBytes(vi), codes);
        // the shared README: 97 chapters (77 among them, reserved, which HS 2022 does not use), 1,228 headings, 5,612
        // subheadings, 11,414 national lines; 96 + 1,228 + 5,612 = 6,936 codes with a Vietnamese text
        assertThat(read.descriptions()).hasSize(6936);
        assertThat(read.notInHs2022()).containsExactly("77");
        assertThat(read.nationalLines()).isEqualTo(11414);
        // what lacks one: HS 2022's 99, 9999 and 999999 (not specified according to kind), 6,939 codes in all
        assertThat(codes.stream().map(ReferenceTables.HsRow::code).filter(c -> !read.descriptions().containsKey(c)))
                .containsExactlyInAnyOrder("99", "9999", "999999");
        // a chapter, a heading as printed; a subheading under its heading with the path between
        assertThat(read.descriptions()).containsEntry("10", "Ngũ cốc").containsEntry("1005", "Ngô")
                .containsEntry("100590", "Ngô; Loại khác")
                .containsEntry("851713", "Bộ điện thoại, kể cả điện thoại thông minh và điện thoại khác cho mạng di động tế bào hoặc mạng"
                        + " không dây khác; thiết bị khác để truyền hoặc nhận tiếng, hình ảnh hoặc dữ liệu khác, kể cả các thiết bị viễn thông"
                        + " nối mạng hữu tuyến hoặc không dây (như loại sử dụng trong mạng nội bộ hoặc mạng diện rộng), trừ loại thiết bị"
                        + " truyền hoặc thu của nhóm 84.43, 85.25, 85.27 hoặc 85.28; Bộ điện thoại, kể cả điện thoại thông minh và điện thoại"
                        + " khác cho mạng di động tế bào hoặc mạng không dây khác; Điện thoại thông minh");
    }
}
