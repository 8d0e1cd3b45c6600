package dev.overload.planning;

import java.util.List;
import java.util.UUID;

/**
 * The whole desired state of a plan (seed 004 composite update). Items with an id update that item, items
 * without one are created, stored items left out are deleted; positions follow the order of the lists.
 */
public record CompositePlan(PlanDetails details, List<Day> days) {

    public record Day(UUID id, DayDetails details, List<Exercise> exercises) {
    }

    public record Exercise(UUID id, ExerciseDetails details, List<Set> sets) {
    }

    public record Set(UUID id, SetTarget target) {
    }
}
