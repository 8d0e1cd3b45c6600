package dev.overload.coach.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.coach.domain.Coach;
import dev.overload.coach.domain.CoachAnswer;
import dev.overload.coach.domain.CoachProperties;
import dev.overload.coach.domain.CoachRequest;
import dev.overload.coach.domain.CoachUnavailableException;
import dev.overload.coach.domain.NewExercise;
import dev.overload.coach.domain.ProposalCheck;
import dev.overload.planning.CompositePlan;
import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.SetTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A coach that asks an OpenAI-compatible chat-completions server (LangChain4j's OpenAI client): the plan, a catalog
 * slice and the user's history go in the prompt; the answer must be JSON of {@link ModelAnswer#SCHEMA} (sent as a
 * strict JSON-schema response format where the server supports it) and a valid plan by {@link ProposalCheck}. An
 * invalid answer is asked for once more, with what was wrong; a second invalid answer, an error from the server
 * (any status, rate limits included) or a timeout is a 502 ({@link CoachUnavailableException}). Neither the prompt
 * nor the key is ever logged; failures are logged by kind only.
 */
public final class ModelCoach implements Coach {

    private static final Logger log = LoggerFactory.getLogger(ModelCoach.class);
    private static final ResponseFormat FORMAT = ResponseFormat.builder().type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("plan_suggestion").rootElement(JsonRawSchema.from(ModelAnswer.SCHEMA))
                    .build())
            .build();

    /** The answer's own JSON (snake_case, as the schema), apart from the API's settings. */
    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ChatModel model;

    public ModelCoach(ChatModel model) {
        this.model = model;
    }

    /** The client for the configured server: no retries of its own (this class decides), no request logging. */
    public static ModelCoach of(CoachProperties properties) {
        String key = properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey();
        return new ModelCoach(OpenAiChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(key)
                .modelName(properties.model())
                .timeout(properties.timeout())
                .maxRetries(0)
                .strictJsonSchema(true)
                .logRequests(false)
                .logResponses(false)
                .build());
    }

    @Override
    public String name() {
        return "MODEL";
    }

    @Override
    public CoachAnswer suggest(CoachRequest request) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(ModelPrompt.SYSTEM),
                UserMessage.from(ModelPrompt.user(request, json))));
        Set<UUID> usable = request.catalog().stream().map(ExerciseSummary::id).collect(Collectors.toSet());
        for (int attempt = 1; attempt <= 2; attempt++) {
            String text = ask(messages);
            List<String> problems = new ArrayList<>();
            CoachAnswer answer = read(text, request, usable, problems);
            if (answer != null) {
                return answer;
            }
            log.warn("The coach's model gave an invalid answer (attempt {}): {} problem(s)", attempt,
                    problems.size());
            messages.add(AiMessage.from(text));
            messages.add(UserMessage.from("That answer is not valid: " + String.join("; ", problems.stream()
                    .limit(20).toList()) + ". Answer again with the whole corrected JSON."));
        }
        throw new CoachUnavailableException("The coach's model gave no valid answer; nothing was changed or spent");
    }

    private String ask(List<ChatMessage> messages) {
        try {
            String text = model.chat(ChatRequest.builder().messages(messages).responseFormat(FORMAT).build())
                    .aiMessage().text();
            return text == null ? "" : text;
        } catch (RuntimeException failure) {
            log.warn("The coach's model could not be asked: {}", failure.getClass().getSimpleName());
            throw new CoachUnavailableException("The coach's model did not answer in time or answered with an "
                    + "error; nothing was changed or spent");
        }
    }

    /** The answer as a coach answer, or null with the problems found. */
    @Nullable
    CoachAnswer read(String text, CoachRequest request, Set<UUID> usable, List<String> problems) {
        ModelAnswer answer;
        try {
            answer = json.readValue(strip(text), ModelAnswer.class);
        } catch (JacksonException notJson) {
            problems.add("not JSON of the schema");
            return null;
        }
        if (answer.message() == null || answer.message().isBlank()) {
            problems.add("message: required");
        }
        if (answer.modified() == null) {
            problems.add("modified: required");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (!answer.modified()) {
            return CoachAnswer.unchanged(answer.message(), List.of());
        }
        if (answer.plan() == null) {
            problems.add("plan: required when modified is true");
            return null;
        }
        NewExercises created = new NewExercises(request);
        CompositePlan plan = plan(answer.plan(), created, problems);
        if (plan == null) {
            return null;
        }
        Set<UUID> allowed = new java.util.HashSet<>(usable);
        created.byName.values().forEach(exercise -> allowed.add(exercise.provisionalId()));
        problems.addAll(ProposalCheck.problems(request.plan(), plan, allowed));
        return problems.isEmpty()
                ? new CoachAnswer(answer.message(), plan, List.of(), List.copyOf(created.byName.values()))
                : null;
    }

    /**
     * The exercises an answer describes as new: one that bears the name of a catalog exercise the user may use is
     * that exercise; the same name twice is one exercise; a muscle group or equipment the catalog does not use is
     * a problem.
     */
    private static final class NewExercises {

        final Map<String, UUID> catalogByName = new HashMap<>();
        final Set<String> muscles = new java.util.HashSet<>();
        final Set<String> equipment = new java.util.HashSet<>();
        final Map<String, NewExercise> byName = new java.util.LinkedHashMap<>();

        NewExercises(CoachRequest request) {
            for (ExerciseSummary exercise : request.catalog()) {
                catalogByName.putIfAbsent(exercise.name().toLowerCase(Locale.ROOT), exercise.id());
                muscles.add(exercise.primaryMuscleGroup());
                muscles.addAll(exercise.secondaryMuscleGroups());
                equipment.addAll(exercise.equipment());
            }
        }

        @Nullable
        UUID idOf(ModelAnswer.NewExercise described, String path, List<String> problems) {
            String name = described.name() == null ? "" : described.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                problems.add(path + ".name: 1-100 characters");
                return null;
            }
            String key = name.toLowerCase(Locale.ROOT);
            UUID known = catalogByName.get(key);
            if (known != null) {
                return known;
            }
            if (byName.containsKey(key)) {
                return byName.get(key).provisionalId();
            }
            int before = problems.size();
            ExerciseCategory category = constant(ExerciseCategory.class, described.category(), path + ".category",
                    problems);
            ExerciseType type = constant(ExerciseType.class, described.type(), path + ".type", problems);
            if (described.primaryMuscleGroup() == null || !muscles.contains(described.primaryMuscleGroup())) {
                problems.add(path + ".primary_muscle_group: one of " + new java.util.TreeSet<>(muscles));
            }
            List<String> gear = described.equipment() == null ? List.of() : described.equipment();
            if (!equipment.containsAll(gear)) {
                problems.add(path + ".equipment: each one of " + new java.util.TreeSet<>(equipment));
            }
            if (category == null || type == null || problems.size() > before) {
                return null;
            }
            NewExercise exercise = new NewExercise(UUID.randomUUID(), name, described.description(), category, type,
                    described.primaryMuscleGroup(), List.copyOf(gear));
            byName.put(key, exercise);
            return exercise.provisionalId();
        }

        private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value, String path,
                List<String> problems) {
            try {
                return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(path + ": one of " + java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }
    }

    private static @Nullable CompositePlan plan(ModelAnswer.Plan plan, NewExercises created, List<String> problems) {
        List<CompositePlan.Day> days = new ArrayList<>();
        List<ModelAnswer.Day> answered = plan.days() == null ? List.of() : plan.days();
        for (int d = 0; d < answered.size(); d++) {
            ModelAnswer.Day day = answered.get(d);
            String dayPath = "days[" + d + "]";
            List<CompositePlan.Exercise> exercises = new ArrayList<>();
            List<ModelAnswer.Exercise> slots = day.exercises() == null ? List.of() : day.exercises();
            for (int e = 0; e < slots.size(); e++) {
                ModelAnswer.Exercise slot = slots.get(e);
                String path = dayPath + ".exercises[" + e + "]";
                List<CompositePlan.Set> sets = new ArrayList<>();
                List<ModelAnswer.Set> answeredSets = slot.sets() == null ? List.of() : slot.sets();
                for (int s = 0; s < answeredSets.size(); s++) {
                    ModelAnswer.Set set = answeredSets.get(s);
                    if (set.reps() == null || set.weightKg() == null) {
                        problems.add(path + ".sets[" + s + "]: reps and weight_kg are required");
                        continue;
                    }
                    sets.add(new CompositePlan.Set(id(set.id(), path + ".sets[" + s + "].id", problems),
                            new SetTarget(set.reps(), set.weightKg(), set.durationSeconds(), set.rir())));
                }
                UUID exerciseId = id(slot.exerciseId(), path + ".exercise_id", problems);
                if (exerciseId == null && slot.newExercise() != null) {
                    exerciseId = created.idOf(slot.newExercise(), path + ".new_exercise", problems);
                }
                exercises.add(new CompositePlan.Exercise(id(slot.id(), path + ".id", problems),
                        new ExerciseDetails(exerciseId, slot.restSeconds(), slot.notes()), sets));
            }
            days.add(new CompositePlan.Day(id(day.id(), dayPath + ".id", problems),
                    new DayDetails(day.name() == null ? "" : day.name().strip(), day.description()), exercises));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CompositePlan(PlanDetails.named(plan.name() == null ? "" : plan.name().strip(),
                plan.description()), days);
    }

    private static @Nullable UUID id(@Nullable String value, String path, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            problems.add(path + ": not an id");
            return null;
        }
    }

    /** Some servers wrap JSON in a Markdown fence despite the response format. */
    private static String strip(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("```")) {
            trimmed = trimmed.replaceFirst("^```(?:json)?", "").replaceFirst("```$", "").strip();
        }
        return trimmed;
    }
}
