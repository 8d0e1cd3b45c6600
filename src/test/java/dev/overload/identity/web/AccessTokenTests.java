package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@ApiTest
class AccessTokenTests {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    RSAKey signingKey;

    @Value("${overload.identity.issuer}")
    String issuer;

    @Value("${overload.identity.audience}")
    String audience;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        ValidatableResponse response = api.anonymous().get("/api/users/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertCleanProblem(response, 401);
    }

    @Test
    void aTokenWeSignWithTheServiceKeyAndValidClaimsIsAccepted() throws Exception {
        TestUser user = api.newUser();

        String token = sign(signingKey, claimsFor(user).build());

        withToken(token).get("/api/users/me")
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestUser user = api.newUser();

        clock.advance(Duration.ofMinutes(15).plusSeconds(45));

        ValidatableResponse response = api.as(user).get("/api/users/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsStringIgnoringCase("Bearer"));
        assertCleanProblem(response, 401);
    }

    @Test
    void expiryToleratesThirtySecondsOfClockSkew() {
        TestUser user = api.newUser();

        clock.advance(Duration.ofMinutes(15).plusSeconds(10));

        api.as(user).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void aTokenSignedWithAnExpiryInThePastIsRefused() throws Exception {
        TestUser user = api.newUser();
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));

        String token = sign(signingKey, claimsFor(user)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(15))))
                .build());

        assertCleanProblem(withToken(token).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        TestUser user = api.newUser();
        String[] parts = user.accessToken().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"USER\"", "\"ADMIN\"");
        assertThat(promoted).isNotEqualTo(payload);

        String tampered = parts[0] + "." + Base64URL.encode(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertCleanProblem(withToken(tampered).get("/api/admin/users").then().statusCode(401), 401);
        assertCleanProblem(withToken(tampered).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        TestUser user = api.newUser();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();

        String token = sign(otherKey, claimsFor(user).build());

        assertCleanProblem(withToken(token).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        TestUser user = api.newUser();

        String unsigned = new PlainJWT(claimsFor(user).claim("role", "ADMIN").build()).serialize();
        String[] parts = user.accessToken().split("\\.");
        String noneHeaderWithRealPayload = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1]
                + ".";

        assertCleanProblem(withToken(unsigned).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(noneHeaderWithRealPayload).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(unsigned).get("/api/admin/users").then().statusCode(401), 401);
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() throws Exception {
        TestUser user = api.newUser();
        byte[] publicKey = signingKey.toRSAPublicKey().getEncoded();

        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(), claimsFor(user).build());
        forged.sign(new MACSigner(publicKey));

        assertCleanProblem(withToken(forged.serialize()).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedEvenWithOurSignature() throws Exception {
        TestUser user = api.newUser();

        String token = sign(signingKey, claimsFor(user).issuer("https://evil.example.com").build());
        String withoutIssuer = sign(signingKey, claimsFor(user).issuer(null).build());

        assertCleanProblem(withToken(token).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(withoutIssuer).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTokenWithoutExpiryIsRefusedEvenWithOurSignature() throws Exception {
        TestUser user = api.newUser();

        String token = sign(signingKey, claimsFor(user).expirationTime(null).build());

        assertCleanProblem(withToken(token).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefusedEvenWithOurSignature() throws Exception {
        TestUser user = api.newUser();

        String other = sign(signingKey, claimsFor(user).audience("another-service").build());
        String none = sign(signingKey, claimsFor(user).audience((String) null).build());

        assertCleanProblem(withToken(other).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(none).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aTokenWithoutTheAccountsTokenGenerationIsRefused() throws Exception {
        TestUser user = api.newUser();

        String none = sign(signingKey, claimsFor(user).claim("gen", null).build());
        String older = sign(signingKey, claimsFor(user).claim("gen", -1).build());
        String text = sign(signingKey, claimsFor(user).claim("gen", "0").build());

        assertCleanProblem(withToken(none).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(older).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(text).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void theRoleComesFromTheAccountNotFromTheToken() throws Exception {
        TestUser user = api.newUser();

        String token = sign(signingKey, claimsFor(user).claim("role", "ADMIN").build());

        withToken(token).get("/api/admin/users").then().statusCode(403);
    }

    /** Observation of issue 11: base64url spells the same bytes several ways; only the token issued counts. */
    @Test
    void aTokenWithCharactersAddedOrRespelledIsRefused() {
        TestUser user = api.newUser();
        String token = user.accessToken();
        api.as(user).get("/api/users/me").then().statusCode(200);

        for (String spelling : new String[]{token + "A", token + "AA", token + "AAAA", token + "_",
                respellLastCharacter(token)}) {
            assertCleanProblem(withToken(spelling).get("/api/users/me").then().statusCode(401), 401);
        }
        api.as(user).get("/api/users/me").then().statusCode(200);
    }

    /** The same bytes with other bits in the unused low part of the signature's last character, if it has one. */
    private static String respellLastCharacter(String token) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String signature = token.substring(token.lastIndexOf('.') + 1);
        int unusedBits = (6 * signature.length()) % 8;
        int last = alphabet.indexOf(signature.charAt(signature.length() - 1));
        int respelled = unusedBits == 0 ? last : last ^ 1;
        String prefix = token.substring(0, token.length() - 1);
        // Without unused bits, any change alters the signature: a doubled dot is refused as well.
        return unusedBits == 0 ? token.replaceFirst("\\.", "..") : prefix + alphabet.charAt(respelled);
    }

    @Test
    void aTokenWhoseSubjectIsNoAccountIsRefused() throws Exception {
        TestUser user = api.newUser();

        String unknownId = sign(signingKey, claimsFor(user).subject(UUID.randomUUID().toString()).build());
        String notAnId = sign(signingKey, claimsFor(user).subject("root").build());
        String noSubject = sign(signingKey, claimsFor(user).subject(null).build());

        assertCleanProblem(withToken(unknownId).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(notAnId).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(withToken(noSubject).get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void malformedBearerTokensAreRefused() {
        for (String token : new String[]{"garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.", "!!!"}) {
            assertCleanProblem(withToken(token).get("/api/users/me").then().statusCode(401), 401);
        }
        assertCleanProblem(api.anonymous().header("Authorization", "Bearer").get("/api/users/me")
                .then().statusCode(401), 401);
        assertCleanProblem(api.anonymous().header("Authorization", "Basic cm9vdDpyb290LXBhc3N3b3JkLTE=")
                .get("/api/users/me").then().statusCode(401), 401);
    }

    @Test
    void aUserTokenCannotReachAdministration() {
        TestUser user = api.newUser();

        ValidatableResponse response = api.as(user).get("/api/admin/users")
                .then().statusCode(403);
        assertCleanProblem(response, 403);
    }

    @Test
    void theTokenOfADeletedAccountIsRefused() {
        TestUser user = api.newUser();
        TestUser otherLogin = api.logIn(user);

        api.as(user).delete("/api/users/me").then().statusCode(204);

        assertCleanProblem(api.as(user).get("/api/users/me").then().statusCode(401), 401);
        assertCleanProblem(api.as(otherLogin).get("/api/users/me").then().statusCode(401), 401);
    }

    /** The problem+json shape of every error, with nothing internal in it. */
    private static void assertCleanProblem(ValidatableResponse response, int status) {
        response.contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body("request_id", notNullValue())
                .body("$", not(hasKey("trace")))
                .body("$", not(hasKey("exception")))
                .body("$", not(hasKey("message")))
                .body(not(containsStringIgnoringCase("exception")))
                .body(not(containsStringIgnoringCase("org.springframework")))
                .body(not(containsStringIgnoringCase("com.nimbusds")))
                .body(not(containsStringIgnoringCase("dev.overload")))
                .body(not(containsStringIgnoringCase("\tat ")));
    }

    private RequestSpecification withToken(String token) {
        return api.anonymous().header("Authorization", "Bearer " + token);
    }

    private JWTClaimsSet.Builder claimsFor(TestUser user) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(user.id().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("role", "USER")
                .claim("gen", 0)
                .claim("preferred_username", user.username());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
