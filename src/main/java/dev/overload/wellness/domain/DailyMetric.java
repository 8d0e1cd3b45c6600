package dev.overload.wellness.domain;

import dev.overload.shared.persistence.AuditedEntity;
import dev.overload.wellness.DayMetrics.Girths;
import dev.overload.wellness.DayMetrics.Readings;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One day of a user's wellness, keyed by (user, date): the night before it, how the user felt, their body, and
 * their meals. Weights in kilograms, girths in centimetres. Recording a day replaces all of it.
 */
@Entity
@Table(name = "daily_metrics")
class DailyMetric extends AuditedEntity {

    static final int MAX_MEALS = 20;

    private UUID userId;
    private LocalDate date;
    private Instant sleepStart;
    private Instant sleepEnd;
    private Integer sleepQuality;
    private Integer stressLevel;
    private Integer energyLevel;
    private Integer motivationLevel;
    private BigDecimal bodyWeightKg;
    private BigDecimal bodyFatPercent;
    private Integer restingHeartRate;
    private Integer steps;
    private Integer waterMl;
    private String notes;
    private BigDecimal neckCm;
    private BigDecimal chestCm;
    private BigDecimal waistCm;
    private BigDecimal hipsCm;
    private BigDecimal armCm;
    private BigDecimal thighCm;
    private BigDecimal calfCm;

    @OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("position")
    private List<DayMeal> meals = new ArrayList<>();

    protected DailyMetric() {
    }

    /** The whole day becomes the entry: what it leaves out is cleared. Meals are rewritten in place. */
    void replace(DayEntry entry) {
        sleepStart = entry.sleepStart();
        sleepEnd = entry.sleepEnd();
        Readings readings = entry.readings();
        sleepQuality = readings.sleepQuality();
        stressLevel = readings.stressLevel();
        energyLevel = readings.energyLevel();
        motivationLevel = readings.motivationLevel();
        bodyWeightKg = readings.bodyWeightKg();
        bodyFatPercent = readings.bodyFatPercent();
        restingHeartRate = readings.restingHeartRate();
        steps = readings.steps();
        waterMl = readings.waterMl();
        notes = entry.notes();
        Girths girths = entry.girthsCm();
        neckCm = girths.neck();
        chestCm = girths.chest();
        waistCm = girths.waist();
        hipsCm = girths.hips();
        armCm = girths.arm();
        thighCm = girths.thigh();
        calfCm = girths.calf();
        List<Meal> wanted = entry.meals();
        while (meals.size() > wanted.size()) {
            meals.removeLast();
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < meals.size()) {
                meals.get(i).replace(wanted.get(i));
            } else {
                meals.add(new DayMeal(this, i + 1, wanted.get(i)));
            }
        }
    }

    /** The day as it stands in memory, for answering without reading it back. */
    DayView view() {
        return new DayView(date, new DayEntry(sleepStart, sleepEnd, new Readings(sleepQuality, stressLevel,
                energyLevel, motivationLevel, bodyWeightKg, bodyFatPercent, restingHeartRate, steps, waterMl), notes,
                new Girths(neckCm, chestCm, waistCm, hipsCm, armCm, thighCm, calfCm),
                meals.stream().map(DayMeal::meal).toList()), getCreatedAt(), getUpdatedAt());
    }

    UUID userId() {
        return userId;
    }
}
