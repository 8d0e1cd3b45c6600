package dev.overload.shared.web;

import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and path parameters name enum values in any case ({@code difficulty=beginner}), as JSON bodies
 * may; unknown values still fail and are reported naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class CaseInsensitiveEnums implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new StringToEnum());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class StringToEnum implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            return source -> source.isBlank() ? null
                    : (T) Enum.valueOf(targetType, source.strip().toUpperCase(Locale.ROOT));
        }
    }
}
