package org.crp.inventory.device;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.crp.common.web.ControlCharacters;

/**
 * A one-line value of a device (model, manufacturer, asset tag, firmware, contract reference): no control character,
 * tabs and line breaks included. The CSV import refuses them in its fields by the same rule
 * ({@link ControlCharacters#find} without tabs and line breaks), so a device the API accepts exports and imports back.
 * A JSON body otherwise lets free text hold tabs and line breaks. Null is valid.
 */
@Documented
@Constraint(validatedBy = SingleLine.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be one line without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String control = value == null ? null : ControlCharacters.find(value, false);
            if (control == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the message is a template: its backslash (\u0009) would start an escape
            context.buildConstraintViolationWithTemplate(("holds " + control + "; a one-line field takes no tabs, line"
                    + " breaks or other control characters").replace("\\", "\\\\")).addConstraintViolation();
            return false;
        }
    }
}
