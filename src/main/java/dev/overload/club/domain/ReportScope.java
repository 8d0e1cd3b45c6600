package dev.overload.club.domain;

import dev.overload.identity.Role;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ForbiddenException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose clients a club report covers: the whole club for an administrator (no trainer), a trainer's own clients;
 * anyone else may not read the club's reports (403).
 */
public record ReportScope(@Nullable UUID trainerId) {

    public static ReportScope of(CurrentUser caller) {
        if (caller.isAdmin()) {
            return new ReportScope(null);
        }
        if (ClubAccess.isTrainer(caller)) {
            return new ReportScope(caller.id());
        }
        throw forbidden();
    }

    /** For a report made later by a job: the role the account has then, not the one it had when it asked. */
    static ReportScope of(UUID userId, @Nullable Role role) {
        return switch (role) {
            case ADMIN -> new ReportScope(null);
            case TRAINER -> new ReportScope(userId);
            case null, default -> throw forbidden();
        };
    }

    private static ForbiddenException forbidden() {
        return new ForbiddenException("Only the club's administrators and trainers read its reports");
    }
}
