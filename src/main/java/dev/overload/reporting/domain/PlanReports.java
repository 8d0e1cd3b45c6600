package dev.overload.reporting.domain;

import dev.overload.planning.PlanTree;
import dev.overload.planning.TrainingPlans;
import dev.overload.reporting.render.PlanReport;
import dev.overload.reporting.render.ReportHeading;
import dev.overload.shared.units.WeightUnit;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The PLAN report: the plan's tree as planning reads it (the user's own plan or a public one). */
@Component
class PlanReports {

    private final TrainingPlans plans;

    PlanReports(TrainingPlans plans) {
        this.plans = plans;
    }

    PlanReport build(Report report, ReportHeading heading) {
        WeightUnit unit = report.weightUnit();
        PlanTree tree = plans.plan(report.userId(), Objects.requireNonNull(report.planId()));
        PlanTree.Summary plan = tree.plan();
        return new PlanReport(heading, new PlanReport.Plan(plan.id(), plan.name(), plan.description(),
                plan.difficultyLevel(), plan.muscleTypes(), plan.estimatedDuration()),
                tree.days().stream().map(day -> new PlanReport.Day(day.orderIndex(), day.name(), day.description(),
                        day.exercises().stream().map(exercise -> new PlanReport.Exercise(exercise.orderIndex(),
                                exercise.exerciseId(), exercise.exerciseName(), exercise.restTimeSeconds(),
                                exercise.notes(), exercise.sets().stream().map(set -> new PlanReport.TargetSet(
                                        set.setIndex(), set.expectedReps(), unit.fromKilograms(set.expectedWeightKg()),
                                        set.expectedRir(), set.expectedDurationSeconds())).toList()))
                                .toList()))
                        .toList());
    }
}
