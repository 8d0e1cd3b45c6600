package dev.overload.identity.domain;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import dev.overload.identity.Role;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * An account. Username and email are unique regardless of case; a Telegram-only account has neither
 * email nor password until the user adds them. Deleting an account keeps the row (and so its username and
 * email) but it can no longer log in.
 */
@Entity
@Table(name = "users")
public class User extends AuditedEntity {

    private String username;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String firstName;
    private String lastName;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate dateOfBirth;
    private BigDecimal heightCm;
    @Enumerated(EnumType.STRING)
    private WeightUnit weightUnit = WeightUnit.KG;
    @Enumerated(EnumType.STRING)
    private HeightUnit heightUnit = HeightUnit.CM;
    @Enumerated(EnumType.STRING)
    private Theme theme = Theme.SYSTEM;
    private String timeZone = "UTC";
    private boolean emailReminders = true;
    private int aiSuggestionsRemaining;
    private Long telegramId;
    private Instant lastLogin;
    private Instant deletedAt;
    /** Moved on only by {@link UserRepository#endAccessTokens}, never by saving the entity. */
    @Column(insertable = false, updatable = false)
    private long tokenGeneration;

    protected User() {
    }

    private User(String username, Role role, String firstName, String lastName, int aiSuggestions) {
        this.username = username;
        this.role = role;
        this.firstName = firstName;
        this.lastName = lastName;
        this.aiSuggestionsRemaining = aiSuggestions;
    }

    static User withPassword(String username, String email, String passwordHash, Role role, String firstName,
            String lastName, int aiSuggestions) {
        User user = new User(username, role, firstName, lastName, aiSuggestions);
        user.email = email;
        user.passwordHash = passwordHash;
        return user;
    }

    /** An account opened for someone by the club: no password until they set one through the emailed link. */
    static User invited(String username, String email, String firstName, String lastName, int aiSuggestions) {
        User user = new User(username, Role.USER, firstName, lastName, aiSuggestions);
        user.email = email;
        return user;
    }

    static User fromTelegram(String username, long telegramId, String firstName, String lastName,
            int aiSuggestions) {
        User user = new User(username, Role.USER, firstName, lastName, aiSuggestions);
        user.telegramId = telegramId;
        return user;
    }

    public Integer age(LocalDate today) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    boolean canLogInWithPassword() {
        return deletedAt == null && passwordHash != null;
    }

    void delete(Instant at) {
        deletedAt = at;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    /** Whether the role is another one now. */
    boolean changeRole(Role newRole) {
        boolean changed = role != newRole;
        role = newRole;
        return changed;
    }

    void allowAiSuggestions(int remaining) {
        aiSuggestionsRemaining = remaining;
    }

    void rename(String newFirstName, String newLastName) {
        firstName = newFirstName;
        lastName = newLastName;
    }

    void describe(Gender newGender, LocalDate newDateOfBirth) {
        gender = newGender;
        dateOfBirth = newDateOfBirth;
    }

    /** Height in centimetres, or null when unknown. */
    void measure(BigDecimal newHeightCm) {
        heightCm = newHeightCm;
    }

    void changeEmail(String newEmail) {
        email = newEmail;
    }

    void prefer(WeightUnit newWeightUnit, HeightUnit newHeightUnit, Theme newTheme) {
        weightUnit = newWeightUnit;
        heightUnit = newHeightUnit;
        theme = newTheme;
    }

    void scheduleIn(ZoneId zone, boolean remindByEmail) {
        timeZone = zone.getId();
        emailReminders = remindByEmail;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public BigDecimal getHeightCm() {
        return heightCm;
    }

    public WeightUnit getWeightUnit() {
        return weightUnit;
    }

    public HeightUnit getHeightUnit() {
        return heightUnit;
    }

    public Theme getTheme() {
        return theme;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean getEmailReminders() {
        return emailReminders;
    }

    public int getAiSuggestionsRemaining() {
        return aiSuggestionsRemaining;
    }

    public boolean hasTelegram() {
        return telegramId != null;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    long tokenGeneration() {
        return tokenGeneration;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
