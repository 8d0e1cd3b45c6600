package dev.overload.identity.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password of 8–128 characters with at least one letter, at least one digit or symbol, and at least five
 * different characters (which rules out "aaaaaaa1" and "abababab1").
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Validator.class)
@interface StrongPassword {

    /**
     * The rule as a JSON Schema (ECMAScript) pattern, for the API description: 8–128 characters, a letter and a
     * character that is not one. "5 different characters" has no pattern; the description says it.
     */
    String PATTERN = "^(?=[\\s\\S]*\\p{L})(?=[\\s\\S]*\\P{L})[\\s\\S]{8,128}$";
    String DESCRIPTION = "8–128 characters with at least one letter, at least one digit or symbol, and at least "
            + "five different characters";

    String message() default "must be 8–128 characters with a letter, a digit or symbol, and 5+ different characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StrongPassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null) {
                return true;
            }
            return password.length() >= 8 && password.length() <= 128
                    && password.chars().anyMatch(Character::isLetter)
                    && password.chars().anyMatch(c -> !Character.isLetter(c))
                    && password.chars().distinct().count() >= 5;
        }
    }
}
