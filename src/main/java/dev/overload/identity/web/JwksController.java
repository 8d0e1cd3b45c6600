package dev.overload.identity.web;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public half of the signing key, so other services can verify Overload's access tokens. */
@RestController
@Tag(name = "Authentication")
@SecurityRequirements
class JwksController {

    private final Map<String, Object> publicKeys;

    JwksController(RSAKey signingKey) {
        this.publicKeys = new JWKSet(signingKey.toPublicJWK()).toJSONObject();
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(operationId = "getJwks", summary = "The JSON Web Key Set that verifies access tokens")
    Map<String, Object> jwks() {
        return publicKeys;
    }
}
