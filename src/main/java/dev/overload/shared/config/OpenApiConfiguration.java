package dev.overload.shared.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ErrorResponseStyle;
import dev.overload.shared.security.PublicEndpoints;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs}: every operation needs a bearer token unless it says otherwise
 * with an empty {@code @SecurityRequirements}. The description is exact: {@link OperationContract} adds every
 * status, header and error body an operation can answer, {@link SchemaContract} what is required and what may
 * be null; the test suite checks every response it receives against it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer";

    static {
        // The caller is resolved from the bearer token, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    /**
     * The documentation generator has its own (Jackson 2) mapper; it must name properties as the API does, and
     * name nested records after their outer record, so {@code ScheduleRequest.Repeat} and
     * {@code ScheduleResponse.Repeat} stay two schemas.
     */
    @Bean
    ModelResolver snakeCaseModelResolver(SchemaClasses classes) {
        return new RecordingModelResolver(
                Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE), classes);
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
                                + "fitness club. JSON in snake_case; errors are RFC 9457 problem+json (seed 003's "
                                + "envelope under /api/workout-plans); lists carry their total in the X-Total-Count "
                                + "header; creating POSTs take an Idempotency-Key; reads answer an ETag that "
                                + "If-None-Match and If-Match use.")
                        .contact(new Contact().name("Overload").url("https://github.com/overload-dev/overload"))
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("RS256 access token from POST /api/auth/login; keys at /.well-known/jwks.json")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    @Bean
    static SchemaClasses schemaClasses() {
        return new SchemaClasses();
    }

    @Bean
    OperationContract operationContract(List<ErrorResponseStyle> styles) {
        return new OperationContract(styles);
    }

    @Bean
    SchemaContract schemaContract(SchemaClasses classes, List<ErrorResponseStyle> styles) {
        return new SchemaContract(classes, styles);
    }

    /** Resolves schemas as swagger does, noting the record each named schema comes from. */
    static final class RecordingModelResolver extends ModelResolver {

        private final SchemaClasses classes;

        RecordingModelResolver(com.fasterxml.jackson.databind.ObjectMapper mapper, SchemaClasses classes) {
            super(mapper, new NestedTypeNames());
            this.classes = classes;
        }

        @Override
        public io.swagger.v3.oas.models.media.Schema resolve(io.swagger.v3.core.converter.AnnotatedType annotatedType,
                io.swagger.v3.core.converter.ModelConverterContext context,
                java.util.Iterator<io.swagger.v3.core.converter.ModelConverter> next) {
            io.swagger.v3.oas.models.media.Schema schema = super.resolve(annotatedType, context, next);
            if (schema != null && annotatedType.getType() != null) {
                Class<?> raw = _mapper.constructType(annotatedType.getType()).getRawClass();
                String name = schema.get$ref() != null
                        ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
                        : schema.getName();
                if (name != null && raw.isRecord()) {
                    classes.record(name, raw);
                }
            }
            return schema;
        }
    }

    /** {@code Outer.Inner} is named {@code OuterInner}; top-level classes keep their simple name. */
    static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            return outer == null ? super.getNameOfClass(cls) : getNameOfClass(outer) + cls.getSimpleName();
        }
    }
}
