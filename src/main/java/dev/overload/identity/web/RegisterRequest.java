package dev.overload.identity.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.identity.domain.Registration;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({"id", "role", "age", "ai_suggestions_remaining", "telegram_linked", "created_at", "updated_at",
        "last_login"})
record RegisterRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}",
                message = "must be 3–50 letters, digits, '_', '.' or '-'") String username,
        @NotBlank @Size(max = 254) @Email(regexp = ValidEmail.PATTERN, message = ValidEmail.MESSAGE) String email,
        @NotNull @StrongPassword @Schema(minLength = 8, maxLength = 128, pattern = StrongPassword.PATTERN,
                description = StrongPassword.DESCRIPTION) String password,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName) {

    Registration toRegistration() {
        return new Registration(username, email.strip(), password, firstName, lastName);
    }
}
