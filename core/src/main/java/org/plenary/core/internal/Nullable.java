package org.plenary.core.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a hidden value attribute that may be null, so that Immutables stores it as it is instead of
 * wrapping it in a new {@link java.util.Optional} at every read: a pass over a million waiting entries
 * then allocates nothing. Public accessors still return {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}
