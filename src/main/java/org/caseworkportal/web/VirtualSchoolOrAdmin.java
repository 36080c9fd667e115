package org.caseworkportal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only Virtual School officers and administrators may call this handler: they set schools up,
 * list the people the schools expect and look after the forms, which other staff have no need to do.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('VIRTUAL_SCHOOL', 'ADMIN')")
public @interface VirtualSchoolOrAdmin {

}
