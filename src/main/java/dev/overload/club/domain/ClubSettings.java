package dev.overload.club.domain;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.InvalidFieldException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's settings, one row: its currency, the default membership and the time dated trainings start. */
@Service
public class ClubSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClubSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param defaultMembershipId where clients go when their membership is deleted, and what a new client gets
     *        when none is named; null when there is none
     * @param trainingTime the local time (the client's zone) a dated training is placed at
     */
    public record Settings(String currency, @Nullable UUID defaultMembershipId, LocalTime trainingTime) {
    }

    @Transactional(readOnly = true)
    public Settings get() {
        return jdbc.sql("select currency, default_membership_id, training_time from club_settings")
                .query((rs, n) -> new Settings(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalTime.class)))
                .single();
    }

    /**
     * Changes the given fields (null keeps); {@code clearDefault} takes the default membership away. The default
     * must be an existing membership.
     */
    @Transactional
    public Settings update(CurrentUser caller, String currency, UUID defaultMembershipId, boolean clearDefault,
            LocalTime trainingTime) {
        ClubAccess.requireAdmin(caller);
        if (defaultMembershipId != null && !jdbc.sql("select exists (select 1 from club_memberships where id = :id)")
                .param("id", defaultMembershipId).query(Boolean.class).single()) {
            throw new InvalidFieldException("default_membership_id", "must be the id of a membership");
        }
        jdbc.sql("""
                update club_settings set currency = coalesce(:currency, currency),
                       default_membership_id = case when :clear then null
                                                    else coalesce(:membership, default_membership_id) end,
                       training_time = coalesce(:time, training_time), updated_at = :now""")
                .param("currency", currency).param("clear", clearDefault).param("membership", defaultMembershipId)
                .param("time", trainingTime).param("now", Timestamp.from(clock.instant())).update();
        return get();
    }
}
