package dev.overload.shared.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.overload.shared.security.PublicEndpoints;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs}: every operation needs a bearer token unless it says
 * otherwise with an empty {@code @SecurityRequirements}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer";

    /** The documentation generator has its own (Jackson 2) mapper; it must name properties as the API does. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    PublicEndpoints apiDocumentation() {
        return PublicEndpoints.reads("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
    }

    @Bean
    OpenAPI overloadOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Overload API")
                        .version("v1")
                        .description("Plan strength training, log sessions, progress automatically, and run a "
                                + "fitness club. JSON in snake_case; errors are RFC 9457 problem+json; lists "
                                + "carry their total in the X-Total-Count header."))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("RS256 access token from POST /api/auth/login; keys at /.well-known/jwks.json")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
