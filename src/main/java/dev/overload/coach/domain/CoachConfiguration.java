package dev.overload.coach.domain;

import dev.overload.coach.builtin.BuiltInCoach;
import dev.overload.coach.builtin.IntentRecognizer;
import dev.overload.coach.builtin.SentenceEmbeddings;
import dev.overload.coach.model.ModelCoach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coach behind the port: the built-in one, or a model server when one is configured. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoachConfiguration.class);

    /** The sentence model itself loads on first use, not here. */
    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }

    @Bean
    IntentRecognizer intentRecognizer(SentenceEmbeddings embeddings) {
        return new IntentRecognizer(embeddings);
    }

    @Bean
    Coach coach(CoachProperties properties, IntentRecognizer recognizer) {
        if (properties.usesModel()) {
            log.info("The coach asks the model {} at {}", properties.model(), properties.baseUrl());
            return ModelCoach.of(properties);
        }
        return new BuiltInCoach(recognizer);
    }
}
