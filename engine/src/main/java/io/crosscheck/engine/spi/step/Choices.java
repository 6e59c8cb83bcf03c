package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a text key takes, in any case, or a {@code ${...}} template rendered when the step runs
 * ({@code @Choices({"GET", "POST"})} takes {@code GET}, {@code post} and {@code ${method}}). Where templates are not
 * wanted an enum says it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Choices {
    String[] value();
}
