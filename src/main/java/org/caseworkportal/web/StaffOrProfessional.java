package org.caseworkportal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Staff and professionals may call this handler; parents may not. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('VIRTUAL_SCHOOL', 'SOCIAL_WORKER', 'SEN_CASEWORKER', 'ADMIN', 'PROFESSIONAL')")
public @interface StaffOrProfessional {
}
