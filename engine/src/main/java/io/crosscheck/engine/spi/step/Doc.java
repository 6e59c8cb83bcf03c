package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a config key (or, on the record, the whole step) is for: its description and examples in the generated JSON
 * Schema, which editors show on hover and complete from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Doc {
    /** One or two sentences; say the default when there is one. */
    String value();

    /** Examples as JSON ({@code "10000"}, {@code "{\"id\": \"${id}\"}"}); a text that is not JSON is a string. */
    String[] examples() default {};

    /**
     * A common definition of the scenario schema the value takes ({@code name}, {@code expression}, {@code text},
     * {@code duration}), where the component's Java type says less than that.
     */
    String shape() default "";

    /** On a record: what one such map is called in messages ({@code a database}); by default the key it is under. */
    String title() default "";
}
