package org.bilateral.worldjob.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarriesTest {

    @TempDir
    Path dir;

    @Test
    void theCodesOfHs2012AndHs2017AreReadWithTheirHs2022Numbers() throws IOException {
        Path file = dir.resolve("CARRIES.csv");
        Files.writeString(file, "\uFEFFclassification,code,hs2022\nH5,620113,620140\nH4,370510,370500\n\n");

        assertThat(Carries.read(file.toString()).carries()).containsExactly(
                new Carries.Carry("H5", "620113", "620140"), new Carries.Carry("H4", "370510", "370500"));
    }

    @Test
    void aLineOfAnotherEditionOrNoSubheadingOrRepeatedIsRefusedNamingItsLineAndField() throws IOException {
        Path file = dir.resolve("CARRIES.csv");
        Files.writeString(file, "classification,code,hs2022\nH5,620113,620140\nH6,620113,620140\nH5,6201,620140\n"
                + "H5,620193,620193\nH5,620113,620140\n");

        assertThatThrownBy(() -> Carries.read(file.toString())).isInstanceOf(Refused.class)
                .hasMessage("CARRIES.csv, line 3, field classification: \"H6\" is not carried (H4, HS 2012, and H5, HS 2017, are;"
                        + " the workbench keeps H0–H3 as reported and H6 is HS 2022); "
                        + "CARRIES.csv, line 4, field code: \"6201\" is not a subheading (six digits); "
                        + "CARRIES.csv, line 5, field hs2022: 620193 is carried to itself (only renumbered codes are listed); "
                        + "CARRIES.csv, line 6, field code: H5 620113 is listed already on line 2");
    }
}
