package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Findable;
import org.bilateral.shared.Findable.Found;
import org.bilateral.shared.Findable.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search box finds members of Congress by name and states by name or code, each leading to its Hill page. */
@WorkbenchTest
class HillSearchTest {

    @Autowired CongressLoads loads;
    @Autowired HillSearch search;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @BeforeEach
    void twoTennesseeSenatorsAndARepresentative() throws IOException {
        HillFixture.clear(jdbc);
        Files.writeString(dir.resolve("legislators-current.csv"), CongressLoadsTest.LEGISLATORS_HEADER + CongressLoadsTest.HAGERTY
                + CongressLoadsTest.BLACKBURN + CongressLoadsTest.BURCHETT);
        Files.writeString(dir.resolve("committees-current.csv"), CongressLoadsTest.COMMITTEES);
        Files.writeString(dir.resolve("committee-membership.csv"), CongressLoadsTest.SEATS);
        loads.load(dir);
    }

    @Test
    void aMemberIsFoundByNameWithTheirPartyStateLabelAndPage() {
        assertThat(search.find(new Findable.Query("hagerty"), 10)).containsExactly(
                new Found(Kind.LEGISLATOR, "Bill Hagerty", "R-TN", "/hill/legislators/H000601"));
        // a representative's label carries the district, as Congress writes it
        assertThat(search.find(new Findable.Query("Burchett"), 10)).extracting(Found::detail).containsExactly("R-TN-2");
    }

    @Test
    void aStateIsFoundByItsNameOrCode() {
        // the project's reference fixture lists five states: Texas among them, Tennessee not
        assertThat(search.find(new Findable.Query("texas"), 10)).containsExactly(new Found(Kind.US_STATE, "Texas", "TX", "/hill/states/TX"));
        assertThat(search.find(new Findable.Query("IA"), 10)).extracting(Found::href).contains("/hill/states/IA");
    }

    @Test
    void nothingIsFoundForTooShortAQueryAndNoMoreThanTheLimit() {
        assertThat(search.find(new Findable.Query("t"), 10)).isEmpty();
        // a state's code alone finds its three members; a limit of two keeps two
        assertThat(search.find(new Findable.Query("TN"), 10)).hasSize(3);
        assertThat(search.find(new Findable.Query("TN"), 2)).hasSize(2);
    }
}
