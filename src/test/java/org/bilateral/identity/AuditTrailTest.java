package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every change leaves an entry saying who, what, before and after; a change that fails leaves none; none can be edited. */
@WorkbenchTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired StatisticsImports imports;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    @Test
    void anImportIsRecordedWithItsUserAndARefusedOneIsNot() {
        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8471300100", "777.25", "2023-05")
                .writeTo(dir, "audited.json"), "auditor-1"));
        assertThat(audit.entries("auditor-1", null, 10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("statistics imported");
            assertThat(e.subject()).endsWith("audited.json");
            assertThat(e.after()).contains("\"fileName\"").contains("audited.json");
        });
        assertThatThrownBy(() -> imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "84713001", "-1", "2023-05")
                .writeTo(dir, "refused.json"), "auditor-2")));
        assertThat(audit.entries("auditor-2", null, 10)).as("a refused import changes nothing, the trail included").isEmpty();
    }

    @Test
    void anAccountsChangesAreRecordedWithoutItsPassword() {
        jdbc.sql("delete from app_user where username = 'audited-user'").update();
        accounts.create("audited-user", "audited-password-9", Role.VIEWER);
        accounts.changeRole("audited-user", Role.ANALYST);
        var entries = audit.entries(null, null, 50).stream().filter(e -> e.subject().equals("user audited-user")).toList();
        assertThat(entries).extracting(AuditTrail.Entry::action).containsExactly("role changed", "account added");
        assertThat(entries.get(0).before()).isEqualTo("\"VIEWER\"");
        assertThat(entries.get(0).after()).isEqualTo("\"ANALYST\"");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.after())).doesNotContain("audited-password-9"));
    }

    @Test
    void anEntryCanBeNeitherChangedNorRemoved() {
        jdbc.sql("delete from app_user where username = 'audited-other'").update();
        accounts.create("audited-other", "audited-password-8", Role.VIEWER);
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("never changed");
    }

    @Test
    void administratorsReadTheTrailAndNoOneElseDoes() throws Exception {
        mvc.perform(get("/admin/audit").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("since", "yesterday").with(user("a").roles("ADMIN"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(user("b").roles("ANALYST"))).andExpect(status().isForbidden());
    }
}
