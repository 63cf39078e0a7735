package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where in the United States an organisation is: kept, found by state, and refused where it cannot be. */
class OrganisationStatesTest {

    private MergeProposals merges;
    private Directory directory;
    private JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        jdbc = RegisterDatabase.empty();
        merges = RegisterDatabase.merges(jdbc, event -> {
        });
        directory = RegisterDatabase.directory(jdbc, merges);
    }

    private OrganisationId company(String name, String country) {
        return directory.recordOrganisation(new RecordOrganisation(name, null, country, OrganisationKind.COMPANY));
    }

    @Test
    void anAmericanOrganisationsStateIsKeptAndFindsIt() {
        OrganisationId poet = company("POET", "US");
        OrganisationId agp = company("AGP", "US");
        directory.setUsState(poet, UsState.of("sd"), "analyst");
        directory.setUsState(agp, UsState.of("NE"), "analyst");

        assertThat(directory.existingOrganisation(poet.value()).usState()).isEqualTo(UsState.of("SD"));
        assertThat(directory.organisationsIn(UsState.of("SD"))).containsExactly(poet.value());
        assertThat(directory.organisationsIn(UsState.of("IA"))).isEmpty();
    }

    @Test
    void anOrganisationOfNoKnownCountryMayBeInAStateAndKeepsNoCountry() {
        OrganisationId grain = company("United Grain", null);
        directory.setUsState(grain, UsState.of("WA"), "analyst");
        Directory.Organisation o = directory.existingOrganisation(grain.value());
        assertThat(o.usState()).isEqualTo(UsState.of("WA"));
        assertThat(o.country()).isNull();
    }

    @Test
    void aStateIsClearedWithNothing() {
        OrganisationId poet = company("POET", "US");
        directory.setUsState(poet, UsState.of("SD"), "analyst");
        directory.setUsState(poet, null, "analyst");
        assertThat(directory.existingOrganisation(poet.value()).usState()).isNull();
        assertThat(directory.organisationsIn(UsState.of("SD"))).isEmpty();
    }

    @Test
    void aForeignOrganisationIsRefusedAStateAndKeepsNone() {
        OrganisationId airline = company("Vietnam Airlines", "VN");
        assertThatThrownBy(() -> directory.setUsState(airline, UsState.of("WA"), "analyst")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.problems().get(0).source()).isEqualTo("US state");
            assertThat(e.getMessage()).contains("Vietnam Airlines is of VN");
        });
        assertThat(directory.existingOrganisation(airline.value()).usState()).isNull();
        // saying it is in no state is no slip, and refused nothing
        directory.setUsState(airline, null, "analyst");
    }

    @Test
    void aStateForNoOrganisationIsNotFound() {
        assertThatThrownBy(() -> directory.setUsState(new OrganisationId(99), UsState.of("WA"), "analyst"))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.thing()).isEqualTo(NotFound.Thing.ORGANISATION));
    }

    @Test
    void aCodeThatIsNoStateIsRefusedBeforeAnyOrganisationIsAsked() {
        // Census's XX (unidentified state) and a made-up code are not states
        assertThatThrownBy(() -> UsState.of("XX")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> UsState.of("Washington")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aMergedOrganisationsStateGoesToTheKeptOneWhenItHadNone() {
        OrganisationId kept = company("Excelerate Energy", "US");
        OrganisationId gone = company("Excelerate", null);
        directory.setUsState(gone, UsState.of("TX"), "analyst");
        new OrganisationStore(jdbc).merge(kept.value(), gone.value());
        assertThat(directory.existingOrganisation(kept.value()).usState()).isEqualTo(UsState.of("TX"));
    }
}
