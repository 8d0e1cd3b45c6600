package dev.overload.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordResetRequest(
        @NotBlank @Size(max = 254) @Email(regexp = ValidEmail.PATTERN, message = ValidEmail.MESSAGE) String email) {
}
