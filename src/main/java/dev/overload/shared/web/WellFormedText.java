package dev.overload.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in request bodies must be well-formed Unicode. JSON can spell a lone UTF-16 surrogate ({@code "\ud800"}),
 * which no encoding can store: the password hasher failed on it with a 500, and the database driver would have
 * replaced it silently. Such a string is refused with a 400 naming its field.
 */
@Configuration(proxyBeanMethods = false)
class WellFormedText {

    @Bean
    JsonMapperBuilderCustomizer wellFormedStrings() {
        return builder -> builder.addModule(new SimpleModule("well-formed-text")
                .addDeserializer(String.class, new WellFormedStringDeserializer()));
    }

    /** Whether every surrogate in the text is half of a pair. */
    static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static final class WellFormedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && !isWellFormed(value)) {
                return (String) context.handleWeirdStringValue(String.class, "",
                        "contains a lone UTF-16 surrogate, which is not Unicode text");
            }
            return value;
        }
    }
}
