package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class JwksTests {

    private static final String JWKS = "/.well-known/jwks.json";

    @Autowired
    Api api;

    @Test
    void theKeySetIsPublicAndHoldsOneRsaKey() {
        api.anonymous().get(JWKS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].kid", not(emptyOrNullString()))
                .body("keys[0].n", not(emptyOrNullString()))
                .body("keys[0].e", not(emptyOrNullString()));
    }

    @Test
    void theKeySetHoldsNoPrivatePartOfTheKey() {
        ValidatableResponse response = api.anonymous().get(JWKS).then().statusCode(200);

        for (String privatePart : new String[]{"d", "p", "q", "dp", "dq", "qi", "oth", "k"}) {
            response.body("keys[0]", not(hasKey(privatePart)));
        }
    }

    @Test
    void aStaleAuthorizationHeaderDoesNotHideTheKeySet() {
        api.anonymous().header("Authorization", "Bearer garbage").get(JWKS)
                .then().statusCode(200)
                .body("keys", hasSize(1));
    }

    @Test
    void thePublishedKeyIdIsTheOneAccessTokensName() throws Exception {
        TestUser user = api.newUser();

        String kid = api.anonymous().get(JWKS).then().statusCode(200).extract().path("keys[0].kid");

        assertThat(SignedJWT.parse(user.accessToken()).getHeader().getKeyID()).isEqualTo(kid);
    }

    @Test
    void accessTokensVerifyAgainstThePublishedKey() throws Exception {
        TestUser user = api.newUser();
        JWKSet published = JWKSet.parse(api.anonymous().get(JWKS).then().statusCode(200).extract().asString());
        SignedJWT accessToken = SignedJWT.parse(user.accessToken());

        RSAKey key = (RSAKey) published.getKeyByKeyId(accessToken.getHeader().getKeyID());

        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(accessToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(accessToken.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(accessToken.getJWTClaimsSet().getSubject()).isEqualTo(user.id().toString());
    }

    @Test
    void aTokenOfAnotherKeyDoesNotVerifyAgainstThePublishedKey() throws Exception {
        RSAKey published = (RSAKey) JWKSet.parse(api.anonymous().get(JWKS).then().statusCode(200).extract().asString())
                .getKeys().getFirst();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(published.getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(published.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
        forged.sign(new RSASSASigner(otherKey));

        assertThat(SignedJWT.parse(forged.serialize()).verify(new RSASSAVerifier(published))).isFalse();
    }
}
