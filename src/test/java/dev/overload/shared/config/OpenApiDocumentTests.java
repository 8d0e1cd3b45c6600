package dev.overload.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/openapi.json} is the document the service serves, committed so that the build can lint it and
 * generate a client from it before any test runs, and so that a change to the contract shows in review.
 */
@ApiTest
class OpenApiDocumentTests {

    static final Path DOCUMENT = Path.of("docs/openapi.json");

    @Autowired
    Api api;

    /** Writes the document anew; a difference from the committed one fails until the new one is committed. */
    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        String served = api.anonymous().get("/v3/api-docs").then().statusCode(200).extract().asString();
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        JsonNode tree = mapper.readTree(served);
        String document = mapper.writeValueAsString(tree) + "\n";
        String before = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
        Files.writeString(DOCUMENT, document);
        assertThat(before).as("docs/openapi.json was stale and has been regenerated: commit it").isEqualTo(document);
    }
}
