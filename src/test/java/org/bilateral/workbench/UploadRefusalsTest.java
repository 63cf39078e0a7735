package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads the servlet container itself refuses, sent over a real connection to the real server (MockMvc never parses a
 * multipart body): each is told what happened, and an API client is told so in the API's problem detail.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadRefusalsTest {

    @LocalServerPort int port;

    /** A deals file sent to the API under the file name given, as bytes, so that it may hold what a browser would not send. */
    private HttpResponse<String> upload(byte[] fileName) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"".getBytes(StandardCharsets.UTF_8));
        body.write(fileName);
        body.write("\"\r\nContent-Type: text/csv\r\n\r\nid,date\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/deals/import"))
                .header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + WorkbenchTest.ADMIN_PASSWORD).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileNameTooLongForTheServerIsSaidToBeANameTooLongNotAnUploadTooLarge() throws Exception {
        // 1,000 letters: the part's headers pass Tomcat's 512 bytes, though the file is a dozen bytes
        HttpResponse<String> answer = upload(("d".repeat(1000) + ".csv").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonMapper.shared().readTree(answer.body()).get("detail").asString()).isEqualTo("the file's name is too long for the server to take (a few hundred characters at most): "
                        + "rename the file to a shorter name and send it again; nothing was stored")
                .doesNotContain("Maximum upload size exceeded");
    }

    @Test
    void aNulInAFileNameIsRefusedInTheApisProblemDetailForWhatItIs() throws Exception {
        HttpResponse<String> answer = upload("deals\0.csv".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo("the file's name holds a NUL character: rename the file and send it again; nothing was stored").doesNotContain("no file was sent");
    }

    @Test
    void anOrdinaryNameReachesTheImportWhichSaysWhatTheFileLacks() throws Exception {
        HttpResponse<String> answer = upload("deals.csv".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(answer.body()).get("detail").asString())
                .startsWith("deals.csv, line 1, field status: the header has no column 'status'");
    }
}
