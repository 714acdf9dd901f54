package com.serviceledger.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command endpoint that sends its command once, without Idempotency-Key handling (the dispatcher's
 * {@code send}): safe to repeat as it is, or its result must never be stored. Its description then offers no
 * {@code Idempotency-Key} header.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoIdempotencyKey {
}
