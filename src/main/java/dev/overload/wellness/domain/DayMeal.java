package dev.overload.wellness.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A meal of a recorded day, at its 1-based position in the day's list. */
@Entity
@Table(name = "meals")
class DayMeal extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "daily_metrics_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private DailyMetric day;
    private UUID userId;
    private int position;
    private String name;
    private LocalTime time;
    private Integer calories;
    @Column(name = "protein_g")
    private BigDecimal proteinG;
    @Column(name = "carbs_g")
    private BigDecimal carbsG;
    @Column(name = "fat_g")
    private BigDecimal fatG;
    @Column(name = "fiber_g")
    private BigDecimal fiberG;

    protected DayMeal() {
    }

    DayMeal(DailyMetric day, int position, Meal meal) {
        this.day = day;
        this.userId = day.userId();
        this.position = position;
        replace(meal);
    }

    void replace(Meal meal) {
        name = meal.name();
        time = meal.time();
        calories = meal.calories();
        proteinG = meal.proteinG();
        carbsG = meal.carbsG();
        fatG = meal.fatG();
        fiberG = meal.fiberG();
    }

    Meal meal() {
        return new Meal(name, time, calories, proteinG, carbsG, fatG, fiberG);
    }
}
