package dev.overload.coach.domain;

import dev.overload.coach.builtin.BuiltInCoach;
import dev.overload.coach.builtin.IntentRecognizer;
import dev.overload.coach.builtin.SentenceEmbeddings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coach behind the port: the built-in one, or a model server when one is configured. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

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
        return new BuiltInCoach(recognizer);
    }
}
