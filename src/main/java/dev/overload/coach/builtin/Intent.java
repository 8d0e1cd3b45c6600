package dev.overload.coach.builtin;

import java.util.List;

/**
 * What the built-in coach can do, each described by phrases a user might write. A query is understood by meaning:
 * its clauses are compared with these phrases by a sentence-embedding model, not searched for keywords; the
 * phrases only describe each intent (tests use other wordings).
 */
public enum Intent {

    STRENGTH("Strength: heavier, fewer reps, more sets on compound lifts", List.of(
            "I want to get stronger",
            "build maximal strength",
            "lift heavier weights for fewer reps",
            "less volume but heavier",
            "increase my one rep max on squat bench and deadlift",
            "powerlifting style training",
            "more power on the big compound lifts",
            "heavy low rep training",
            "strength focus",
            "get strong on the main barbell lifts")),
    HYPERTROPHY("Muscle growth: moderate reps, more sets", List.of(
            "build muscle",
            "gain muscle mass and size",
            "bodybuilding style hypertrophy training",
            "I want bigger muscles",
            "bulk up and grow",
            "more volume for muscle growth",
            "look more muscular and aesthetic",
            "hypertrophy",
            "put on size",
            "get big and muscular")),
    ENDURANCE("Muscular endurance: light weights, many reps, short rests", List.of(
            "improve my muscular endurance",
            "high reps with light weights",
            "be able to do many more reps without tiring",
            "more stamina in my muscles",
            "endurance training with lots of repetitions",
            "prepare for a long event that needs staying power",
            "higher reps with lighter loads",
            "resist fatigue in long races")),
    CONDITIONING("Fat loss and conditioning: shorter rests, a conditioning finisher", List.of(
            "lose fat",
            "burn more calories and lose weight",
            "improve my conditioning and cardio",
            "get leaner and more shredded",
            "add metabolic circuits and cardio",
            "cut body fat before summer",
            "I get out of breath too easily, make me fitter",
            "slim down and get in shape",
            "better cardiovascular fitness")),
    EMPHASIS("Emphasise a muscle group: more sets and one more exercise for it", List.of(
            "focus more on one muscle group",
            "bring up a lagging body part",
            "more work for my chest",
            "train my arms more",
            "prioritise my back",
            "my legs are weak compared to my upper body",
            "give my shoulders extra attention")),
    PLYOMETRICS("Plyometrics: jumps and explosive moves at the start of a day", List.of(
            "add plyometrics",
            "jump training for explosive power",
            "add box jumps",
            "become more explosive and athletic",
            "improve my vertical jump",
            "add some explosive bounding drills",
            "jumping exercises")),
    MOBILITY("Mobility: a mobility or stretching drill to open each day", List.of(
            "add mobility work",
            "improve my flexibility",
            "add stretching",
            "loosen up my tight hips",
            "mobility drills for stiff joints",
            "I feel stiff and want a better range of motion",
            "I am not flexible",
            "stretches and mobility")),
    FEWER_DAYS("Fewer training days: the plan in fewer days", List.of(
            "fewer training days",
            "I can only train twice a week",
            "reduce the number of workouts per week",
            "less days in the gym",
            "remove a training day",
            "I don't have time to train so many days",
            "drop a day from my week",
            "my schedule is busy, I need fewer gym visits")),
    MORE_DAYS("More training days: one more day for what is trained least", List.of(
            "add another training day",
            "train more often each week",
            "I can train five days a week now",
            "more frequent workouts",
            "add a day to my plan",
            "I have more days available to train",
            "increase my training frequency",
            "I can fit in more sessions")),
    SHORTER_SESSIONS("Shorter sessions: fewer exercises and sets, shorter rests", List.of(
            "shorter workouts",
            "I only have thirty minutes per session",
            "make my sessions quicker",
            "less time in the gym each day",
            "time efficient workouts",
            "my workouts take too long",
            "quick workouts",
            "less time per workout")),
    DELOAD("Deload: a lighter week to recover", List.of(
            "deload week",
            "I feel tired and beat up, I need to recover",
            "take it easy this week",
            "reduce the load so I can recover",
            "I'm overtrained and fatigued",
            "a lighter recovery week",
            "go lighter for a while")),
    EQUIPMENT("Equipment limits: exercises swapped for ones the equipment allows", List.of(
            "I only have dumbbells",
            "I train at home",
            "no gym access, bodyweight only",
            "I only have kettlebells",
            "no barbell available",
            "travelling with just resistance bands",
            "home workouts without machines",
            "training with whatever I have at home"));

    private final String description;
    private final List<String> phrases;

    Intent(String description, List<String> phrases) {
        this.description = description;
        this.phrases = phrases;
    }

    public String description() {
        return description;
    }

    public List<String> phrases() {
        return phrases;
    }
}
