package org.factquery.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ImportCommandTest {

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path folder;

    private static long documentCount() {
        return given().get("/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aFolderIsLoadedInBatchesWithProgressAndASummaryNamingEachFailure() throws Exception {
        String ref = UUID.randomUUID().toString();
        Files.writeString(folder.resolve("feed.ndjson"), String.join("\n",
                "{\"text\": \"Government troops recaptured Wad Madani on Saturday, the army said. " + ref + "\"}",
                "{\"text\": \"FARDC soldiers retook Rubaya, a spokesman said. " + ref + "\", \"publisher\": \"Kivu Wire\"}",
                "",
                "{\"text\": 42}",
                "{\"text\": \"Fighting continued near Pemba, witnesses said. " + ref + "\"}") + "\n");
        Path nested = Files.createDirectories(folder.resolve("more"));
        Files.writeString(nested.resolve("one.txt"), "Rebels seized the town of Kalehe, residents said. " + ref);
        Files.writeString(nested.resolve("two.json"), "{\"text\": \"The junta said its forces hold Lashio. " + ref
                + "\", \"publishedAt\": \"2024-08-03\"}");
        Files.writeString(nested.resolve("notes.md"), "not an article");
        long before = documentCount();
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = ImportCommand.run(List.of(folder.toString(), "--url", service.toString(), "--batch", "2"),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(1); // one line was refused
        assertThat(printed).contains("[##############################] 6/6 100%").contains("docs/s").contains("ETA")
                .contains("imported 6 of 6 documents").contains("5 created, 0 duplicates, 1 failed")
                .contains("failed " + folder.resolve("feed.ndjson") + ":4: 400 text: must be a string");
        assertThat(documentCount()).isEqualTo(before + 5);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ImportCommand.run(List.of(nested.toString(), "--url", service.toString()),
                new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("0 created, 2 duplicates, 0 failed");
    }

    @Test
    void aServiceThatCannotBeReachedEndsWithStatus2AndSaysWhy() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Shelling hit the port of Hodeidah, officials said.");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = ImportCommand.run(List.of(folder.toString(), "--url", "http://127.0.0.1:9"),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("could not be reached")
                .contains("imported 0 of 1 documents");
    }

    @Test
    void noPathOrAnUnknownOneIsAUsageError() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThat(ImportCommand.run(List.of(), new PrintStream(output, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("usage: fact-query import");
        assertThat(ImportCommand.run(List.of(folder.resolve("missing").toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("no such file or folder");
    }
}
