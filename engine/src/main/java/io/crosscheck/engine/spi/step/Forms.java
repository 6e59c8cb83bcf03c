package io.crosscheck.engine.spi.step;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The forms an {@code Object} component's value takes, or, on a {@code Map<String, Object>} component, each of its
 * values: {@code String} (text), {@code Void} (nothing) and one record (a map bound onto it). A request body is text
 * or {@code {file: PATH}}: {@code @Forms({String.class, BodyFile.class})}. The binder gives the text, null or the
 * bound record; a value of no form is {@code expected text or a map with keys file, got a list}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Forms {
    Class<?>[] value();
}
