package dev.overload.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Lookups by name and email compare lower-cased values so they use the case-insensitive unique indexes. */
interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    @Query("select u from User u where lower(u.username) = lower(:username)")
    Optional<User> findByUsername(String username);

    @Query("select u from User u where lower(u.email) = lower(:email)")
    Optional<User> findByEmail(String email);

    Optional<User> findByTelegramId(long telegramId);

    @Query("select count(u) > 0 from User u where lower(u.username) = lower(:username)")
    boolean usernameTaken(String username);

    @Query("select count(u) > 0 from User u where lower(u.email) = lower(:email)")
    boolean emailTaken(String email);

    /**
     * Ends every access token of the account issued before now: they carry the old generation. A bulk update,
     * so logging out does not count as a change of the account (no version check, no new updated_at).
     */
    @Modifying(flushAutomatically = true)
    @Query("update User u set u.tokenGeneration = u.tokenGeneration + 1 where u.id = :id")
    void endAccessTokens(UUID id);

    /** The account, its row locked against the changes that end its tokens until this transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.id = :id")
    Optional<User> findForTokenIssue(UUID id);

    /**
     * Logging in is not a change of the account: no version check (an account may log in from several
     * devices at once) and no new updated_at.
     */
    @Modifying
    @Query("update User u set u.lastLogin = :at where u.id = :id")
    void recordLogin(UUID id, Instant at);

    /**
     * Takes one AI suggestion from an open account that has one left: the condition is the gate, so concurrent
     * spenders of the last one get one success between them. Answers the rows changed (0 or 1).
     */
    @Modifying
    @Query(value = """
            update users set ai_suggestions_remaining = ai_suggestions_remaining - 1
            where id = :id and ai_suggestions_remaining > 0 and deleted_at is null""", nativeQuery = true)
    int spendAiSuggestion(UUID id);

    /** Tops every open account up to {@code remaining} AI suggestions (those with more keep theirs). */
    @Modifying
    @Query(value = """
            update users set ai_suggestions_remaining = :remaining
            where ai_suggestions_remaining < :remaining and deleted_at is null""", nativeQuery = true)
    int refillAiSuggestions(int remaining);

    @Query("select count(u) from User u where u.role = dev.overload.identity.Role.ADMIN and u.deletedAt is null")
    long countActiveAdmins();
}
