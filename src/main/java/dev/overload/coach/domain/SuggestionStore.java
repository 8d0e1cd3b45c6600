package dev.overload.coach.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code coach_suggestions} table, in SQL: one statement per call. */
@Component
class SuggestionStore {

    private static final String COLUMNS = """
            id, plan_id, plan_version, query, coach, intents, ai_message, suggested_plan::text as suggested_plan,
                   removed, created_at, applied_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SuggestionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID userId, SuggestionView suggestion) {
        jdbc.sql("""
                insert into coach_suggestions (id, user_id, plan_id, plan_version, query, coach, intents, ai_message,
                                               ai_plan_modified, suggested_plan, removed, created_at)
                values (:id, :user, :plan, :version, :query, :coach, :intents, :message, :modified,
                        cast(:suggested as jsonb), :removed, :created)""")
                .param("id", suggestion.id())
                .param("user", userId)
                .param("plan", suggestion.planId())
                .param("version", suggestion.planVersion())
                .param("query", suggestion.query())
                .param("coach", suggestion.coach())
                .param("intents", suggestion.intents().toArray(String[]::new))
                .param("message", suggestion.message())
                .param("modified", suggestion.modified())
                .param("suggested", suggestion.plan() == null ? null : json.writeValueAsString(suggestion.plan()))
                .param("removed", suggestion.removed().toArray(UUID[]::new))
                .param("created", Timestamp.from(suggestion.createdAt()))
                .update();
    }

    Optional<SuggestionView> find(UUID userId, UUID planId, UUID suggestionId) {
        return jdbc.sql("select " + COLUMNS + " from coach_suggestions"
                + " where id = :id and user_id = :user and plan_id = :plan")
                .param("id", suggestionId).param("user", userId).param("plan", planId)
                .query(this::row).optional();
    }

    /** Marks the suggestion applied, once: false when it already was. */
    boolean markApplied(UUID suggestionId, Instant at) {
        return jdbc.sql("update coach_suggestions set applied_at = :at where id = :id and applied_at is null")
                .param("id", suggestionId).param("at", Timestamp.from(at)).update() == 1;
    }

    ResultPage<SuggestionView> list(UUID userId, UUID planId, PageParams page) {
        return SqlPages.page(jdbc, COLUMNS, "from coach_suggestions where user_id = :user and plan_id = :plan",
                page.orderBy(Map.of("created_at", "created_at"), Sort.by(Sort.Direction.DESC, "created_at"),
                        "id desc"),
                Map.of("user", userId, "plan", planId), page, this::row);
    }

    private SuggestionView row(ResultSet rs, int rowNum) throws SQLException {
        String suggested = rs.getString("suggested_plan");
        return new SuggestionView(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getLong("plan_version"), rs.getString("query"), rs.getString("coach"),
                Arrays.asList((String[]) array(rs.getArray("intents"))), rs.getString("ai_message"),
                suggested == null ? null : json.readValue(suggested, SuggestedPlan.class),
                List.of((UUID[]) array(rs.getArray("removed"))), instant(rs, "created_at"),
                instant(rs, "applied_at"));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
