package dev.overload.identity.web;

import jakarta.validation.constraints.NotBlank;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ChangePasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
        @NotNull @StrongPassword @Schema(minLength = 8, maxLength = 128, pattern = StrongPassword.PATTERN,
                description = StrongPassword.DESCRIPTION) String newPassword) {
}
