package com.serviceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** A list of numbers in strictly ascending order (warning percents: 50, 80); null elements are left to others. */
@Documented
@Constraint(validatedBy = Ascending.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Ascending {

    String message() default "must be in strictly ascending order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Ascending, List<? extends Number>> {

        @Override
        public boolean isValid(List<? extends Number> values, ConstraintValidatorContext context) {
            if (values == null) {
                return true;
            }
            Number previous = null;
            for (Number value : values) {
                if (value != null && previous != null && value.doubleValue() <= previous.doubleValue()) {
                    return false;
                }
                previous = value == null ? previous : value;
            }
            return true;
        }
    }
}
