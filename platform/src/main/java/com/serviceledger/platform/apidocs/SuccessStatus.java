package com.serviceledger.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The status a handler answers when it succeeds, where that is not {@code 200}: a handler returning
 * {@code ResponseEntity} sets its status in code, which springdoc cannot see, so it would document a 200. The
 * API description then documents this status (with the body springdoc derived) instead. Kept honest by the
 * standalone access test, which compares every observed success with the documented one.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SuccessStatus {

    HttpStatus value();
}
