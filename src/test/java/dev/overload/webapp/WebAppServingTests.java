package dev.overload.webapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The web app is served at / with its security headers; its routes answer its one page; the API is untouched. */
@ApiTest
class WebAppServingTests {

    @Autowired
    Environment environment;

    @Autowired
    Api api;

    private RequestSpecification browser() {
        return given().port(environment.getRequiredProperty("local.server.port", Integer.class))
                .header("X-Forwarded-For", Api.newClientIp());
    }

    @Test
    void theAppPageCarriesAStrictContentSecurityPolicyAndNoInlineScript() {
        Response page = browser().accept("text/html").get("/");

        page.then().statusCode(200).contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin");
        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        List<String> scripts = new ArrayList<>();
        Matcher tags = Pattern.compile("<script\\b[^>]*>").matcher(page.asString());
        while (tags.find()) {
            scripts.add(tags.group());
        }
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains(" src="));
        assertThat(page.asString()).doesNotContain(" style=", " onclick=", " onload=");
    }

    @Test
    void everyAppRouteAnswersTheAppPage() {
        String index = browser().get("/index.html").then().statusCode(200).extract().asString();

        for (String route : List.of("/login", "/register", "/today", "/plans",
                "/plans/0190e1b2-0000-7000-8000-000000000000",
                "/sessions/0190e1b2-0000-7000-8000-000000000001", "/settings", "/reset-password", "/calendar",
                "/club", "/dashboard", "/history", "/history/0190e1b2-0000-7000-8000-000000000002",
                "/exercises/0190e1b2-0000-7000-8000-000000000003", "/records", "/reports", "/wellness")) {
            browser().accept("text/html").get(route).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .body(equalTo(index));
        }
    }

    @Test
    void everyFileTheServiceWorkerKeepsIsServedAsTheRightType() {
        String worker = browser().get("/sw.js").then().statusCode(200).contentType(startsWith("text/javascript"))
                .extract().asString();
        Matcher files = Pattern.compile("'(/[^']*)'").matcher(worker.substring(worker.indexOf("SHELL"),
                worker.indexOf("];")));
        int count = 0;
        while (files.find()) {
            String path = files.group(1);
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css"
                    : path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".webmanifest")
                            ? "application/manifest+json" : "text/html";
            browser().get(path).then().statusCode(200).contentType(startsWith(type));
            count++;
        }
        assertThat(count).isGreaterThan(10);
    }

    /**
     * A module left out of the service worker's list would be missing offline; one of the first screen's modules
     * not preloaded would load late (the other areas' screens load when first shown).
     */
    @Test
    void theServiceWorkerKeepsAndThePagePreloadsEveryModuleOfTheApp() throws Exception {
        String worker = browser().get("/sw.js").then().statusCode(200).extract().asString();
        String index = browser().get("/index.html").then().statusCode(200).extract().asString();
        Path app = Path.of("src/main/resources/static/app");
        List<String> files;
        try (var walk = Files.walk(app)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> "/app/" + app.relativize(file).toString().replace('\\', '/')).toList();
        }

        assertThat(files).hasSizeGreaterThan(8).allSatisfy(file -> assertThat(worker).contains("'" + file + "'"));
        // the outbox loads once someone has signed in, like the screens after it
        assertThat(files.stream().filter(file -> file.endsWith(".js") && !file.equals("/app/main.js")
                && !file.equals("/app/outbox.js")
                && (!file.startsWith("/app/views/") || file.equals("/app/views/auth.js"))))
                .allSatisfy(file -> assertThat(index).contains("<link rel=\"modulepreload\" href=\"" + file + "\">"));
    }

    @Test
    void scriptsAndStylesAreSentCompressed() {
        for (String path : List.of("/app/views/today.js", "/app/app.css",
                "/webjars/lit-html/lit-html.js")) {
            browser().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", "gzip");
        }
    }

    @Test
    void theApiKeepsItsOwnPolicyWhichAllowsNoContentAtAll() {
        Response response = api.anonymous().get("/api/users/me");

        response.then().statusCode(401);
        assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }
}
