package dev.overload.identity.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The account of the trainer to let act for me. */
record AccessGrantRequest(@NotNull UUID trainerId) {
}
