package dev.overload.identity.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The account's height, in the user's height unit (stored in centimetres). */
@ApiTest
class HeightTests {

    @Autowired
    Api api;

    @Test
    void aNewAccountHasNoHeight() {
        api.as(api.newUser()).get("/api/users/me").then().statusCode(200)
                .body("$", hasKey("height")).body("height", nullValue());
    }

    @Test
    void heightIsGivenAndShownInCentimetresOrInches() {
        TestUser user = api.newUser();

        patch(user, Map.of("height", 180.5)).statusCode(200).body("height", number("180.5"))
                .body("height_unit", equalTo("CM"));
        patch(user, Map.of("height_unit", "IN")).statusCode(200).body("height", number("71.06"));
        patch(user, Map.of("height", 70)).statusCode(200).body("height", number("70"));
        api.as(user).get("/api/users/me").then().statusCode(200).body("height", number("70"))
                .body("height_unit", equalTo("IN"));
        patch(user, Map.of("height_unit", "CM")).statusCode(200).body("height", number("177.8"));
    }

    @Test
    void heightIsInTheUnitTheSameRequestSets() {
        TestUser user = api.newUser();

        patch(user, Map.of("height_unit", "IN", "height", 72)).statusCode(200).body("height", number("72"));
        patch(user, Map.of("height_unit", "CM")).statusCode(200).body("height", number("182.88"));
    }

    @Test
    void heightIsKeptWhenLeftOutAndClearedByNull() {
        TestUser user = api.newUser();
        patch(user, Map.of("height", 175)).statusCode(200);

        patch(user, Map.of("first_name", "Ada")).statusCode(200).body("height", number("175"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("height", null);
        patch(user, clear).statusCode(200).body("height", nullValue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"CM, 49.99", "CM, 300.01", "CM, -1", "CM, 180.555", "IN, 19.68", "IN, 118.12", "CM, 1000"})
    void aHeightNoHumanHasIsRefused(String unit, String height) {
        TestUser user = api.newUser();
        patch(user, Map.of("height_unit", unit, "height", new BigDecimal(height))).statusCode(400)
                .body("errors.field", hasItem("height"));
        api.as(user).get("/api/users/me").then().body("height", nullValue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"CM, 50", "CM, 300", "IN, 19.69", "IN, 118.11"})
    void theBoundsAreHuman(String unit, String height) {
        patch(api.newUser(), Map.of("height_unit", unit, "height", new BigDecimal(height))).statusCode(200)
                .body("height", number(height));
    }

    private ValidatableResponse patch(TestUser user, Map<String, ?> body) {
        return api.as(user).body(body).patch("/api/users/me").then();
    }

    private static Matcher<Object> number(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }
}
