package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** What an error tells its user: the file and the field at fault, never the server's paths or its libraries' insides. */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorsShowNoInternalsTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    private String answer(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var response = mvc.perform(request.with(httpBasic("admin", WorkbenchTest.ADMIN_PASSWORD))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        System.out.println(response.getStatus() + " " + body);
        assertThat(response.getStatus()).isIn(400, 422);
        return body;
    }

    @Test
    void anUploadThatIsNoZipSaysSoWithoutTheServersPath() throws Exception {
        byte[][] notWorkbooks = {"deal,enterprise\n1,2\n".getBytes(StandardCharsets.UTF_8),
            {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}};
        for (byte[] content : notWorkbooks) {
            MockMultipartFile file = new MockMultipartFile("file", "deals.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
            String body = answer(multipart("/api/reporting/template").file(file));
            assertThat(body).contains("deals.xlsx").doesNotContain("/tmp").doesNotContain("upload-").doesNotContain(".tmp")
                    .doesNotContain("uploads").doesNotContain("org.apache").doesNotContain("OOXML");
        }
    }

    @Test
    void aStatisticsFileThatIsNoJsonSaysSoWithoutJacksonsWords() throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "figures.json", "application/json", "[{\"reporterCode\": ".getBytes());
        String body = answer(multipart("/api/imports").file(file));
        assertThat(body).contains("figures.json").doesNotContainIgnoringCase("jackson").doesNotContain("Source:")
                .doesNotContain("/tmp").doesNotContain("upload-");
    }

    @Test
    void aBodyThatIsNoJsonSaysSoWithoutJacksonsWords() throws Exception {
        String broken = answer(post("/api/asks").contentType(MediaType.APPLICATION_JSON).content("{\"side\": \"US\", "));
        String mistyped = answer(put("/api/deals/1/schedule").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"period\": \"2026-Q3\", \"quantity\": \"ten\", \"valueUsd\": 5}]"));
        for (String body : new String[] {broken, mistyped}) {
            assertThat(body).doesNotContainIgnoringCase("jackson").doesNotContain("java.").doesNotContain("tools.")
                    .doesNotContain("reference chain").doesNotContain("Cannot deserialize").doesNotContain("Source:")
                    .doesNotContain("For input string");
        }
        assertThat(broken).contains("the request body is not valid JSON (line 1");
        assertThat(mistyped).contains("the request body's field entry [1].quantity must hold a number");
    }

    /** The real server (Tomcat writes the Location header), asked with a Host header of someone else's choosing. */
    @Test
    void aRedirectNeverCarriesTheHostTheRequestNamed() throws Exception {
        for (String path : new String[] {"/balance", "/logout"}) {
            try (Socket socket = new Socket("127.0.0.1", port); OutputStream out = socket.getOutputStream();
                 InputStream in = socket.getInputStream()) {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n")[0];
                assertThat(head).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login")
                        .doesNotContain("evil.example");
            }
        }
    }
}
