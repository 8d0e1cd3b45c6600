package dev.overload.club.web;

import java.util.UUID;

/** The trainer to assign; null to assign none. */
record TrainerRequest(UUID trainerId) {
}
