package org.bilateral.sources.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.Said;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.SourceKeys;
import org.bilateral.sources.SourceRun;
import org.bilateral.sources.SourcesAdministration;
import org.bilateral.sources.TestSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Admin → Sources: administrators alone see it, in Vietnamese and in English; "Pull now" starts a recorded run in the
 * background that the page shows running and then done; a key set on the page goes to its owner-only file and is never
 * shown back nor audited; the schedule is changed and a schedule Spring cannot read is refused.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@Import(TestSources.class)
class SourcesPageTest {

    @Autowired MockMvc mvc;
    @Autowired SourcesAdministration administration;
    @Autowired TestSources.TestSource openSource;
    @Autowired SourceKeys keys;
    @Autowired AuditTrail audit;

    @AfterEach
    void reset() throws IOException {
        openSource.work = p -> new PullReport(0, 0, 0, List.of());
        Files.deleteIfExists(keys.file(TestSources.OPEN));
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/admin/sources?lang=" + lang).with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageShowsEachSourceInVietnameseAndInEnglish() throws Exception {
        openSource.work = p -> new PullReport(5, 3, 2, List.of(Said.of("refusal.sources.status", "2025-11")));
        administration.pullNow(TestSources.OPEN, "admin");
        await().atMost(Duration.ofSeconds(30)).until(() -> administration.state(TestSources.OPEN).running() == null);

        String vi = page("vi");
        assertThat(vi).contains("lang=\"vi\"", "Nguồn dữ liệu", "ZZQX OPEN", "ZZQX KEYED", "Lần thành công gần nhất", "Tải ngay",
                        "không cần khóa", "không tìm thấy: nguồn sẽ bị bỏ qua", "BILATERAL_TEST_KEYED_KEY", "keys/test-keyed",
                        "5 yêu cầu, 3 mục được lưu, 2 mục không đổi", "thành công", "nguồn trả lời mã 2025-11",
                        "chỉ chạy khi có yêu cầu", "href=\"/admin/sources\"")
                .doesNotContain("??", "Pull now", "Last success", ">succeeded<", "runs only when asked");
        String en = page("en");
        assertThat(en).contains("lang=\"en\"", "Sources", "Last success", "Pull now", "none needed", "5 asked, 3 stored, 2 unchanged",
                "succeeded", "the source answered 2025-11").doesNotContain("??", "Tải ngay");
    }

    @Test
    void onlyAdministratorsOpenThePageOrPullOrSetAKey() throws Exception {
        for (String role : List.of("ANALYST", "VIEWER", "REPORTER")) {
            mvc.perform(get("/admin/sources").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/pull").with(csrf()).with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/key").param("key", "k").with(csrf()).with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
        }
        // self-check: the same requests by an administrator pass, and a post without its CSRF token is refused to them too
        mvc.perform(get("/admin/sources").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/pull").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        assertThat(Files.exists(keys.file(TestSources.OPEN))).isFalse();
    }

    @Test
    void pullNowRecordsARunThePageShowsRunningThenDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        openSource.work = p -> {
            p.advance(1, 4);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PullReport(4, 4, 0, List.of());
        };
        int before = administration.state(TestSources.OPEN).recent().size();

        String started = mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/pull?lang=en").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        try {
            assertThat(started).contains("The pull of ZZQX OPEN has started", "Running since", "hx-trigger=\"every 2s\"");
            await().atMost(Duration.ofSeconds(30)).until(() -> administration.state(TestSources.OPEN).progress() != null
                    && administration.state(TestSources.OPEN).progress().done() == 1);
            // one step of four done: 25%
            assertThat(page("en")).contains("width: 25%");
            String again = mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/pull?lang=vi").with(csrf()).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(again).contains("ZZQX OPEN đang được tải; lần chạy này không chờ và đã không được bắt đầu");
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> administration.state(TestSources.OPEN).running() == null);
        SourceRun run = administration.state(TestSources.OPEN).recent().get(0);
        assertThat(run.outcome()).isEqualTo(SourceRun.Outcome.SUCCEEDED);
        assertThat(run.actor()).isEqualTo("admin");
        assertThat(run.stored()).isEqualTo(4);
        assertThat(administration.state(TestSources.OPEN).recent()).hasSize(before + 1);
        assertThat(page("en")).doesNotContain("every 2s");
    }

    @Test
    void aKeySetOnThePageGoesToItsOwnerOnlyFileAndIsNeverShownNorAudited() throws Exception {
        String answer = mvc.perform(post("/admin/sources/" + TestSources.OPEN + "/key?lang=en").param("key", "key-zq-81723")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Path file = keys.file(TestSources.OPEN);
        assertThat(Files.readString(file).strip()).isEqualTo("key-zq-81723");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(answer).contains("The key of ZZQX OPEN is saved", "found in its file under the home").doesNotContain("key-zq-81723");
        assertThat(page("en")).doesNotContain("key-zq-81723");
        var entry = audit.entries("admin", null, 1).get(0);
        assertThat(entry.action()).isEqualTo("source key set");
        assertThat(entry.after()).contains(file.toString()).doesNotContain("key-zq-81723");
    }

    @Test
    void theScheduleIsChangedOnThePageAndAScheduleSpringCannotReadIsRefused() throws Exception {
        mvc.perform(post("/admin/sources/" + TestSources.KEYED + "/schedule").param("schedule", "0 0 14 * * *").param("enabled", "true")
                .with(csrf()).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        var setting = administration.setting(TestSources.KEYED);
        assertThat(setting).isEqualTo(new SourcesAdministration.Setting("0 0 14 * * *", true, true));
        assertThat(administration.state(TestSources.KEYED).next()).isNotNull();
        assertThat(page("en")).contains("0 0 14 * * *", "(set on this page)");

        String refused = mvc.perform(post("/admin/sources/" + TestSources.KEYED + "/schedule?lang=en").param("schedule", "every day")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("every day", "is not a schedule: write a cron expression of six fields");
        assertThat(administration.setting(TestSources.KEYED).schedule()).isEqualTo("0 0 14 * * *");

        // switched off (the box unticked sends nothing): no next run
        mvc.perform(post("/admin/sources/" + TestSources.KEYED + "/schedule").param("schedule", "0 0 14 * * *")
                .with(csrf()).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        assertThat(administration.state(TestSources.KEYED).next()).isNull();
    }
}
