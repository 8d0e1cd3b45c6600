package dev.overload.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PasswordResetConfirmRequest(@NotBlank @Size(max = 200) String token,
        @NotNull @StrongPassword String newPassword) {
}
