package org.caseworkportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.caseworkportal.pep.TestPeps;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on a real port with the demo people, as a newcomer runs it. Test classes
 * that share this annotation share one running application, whose clock they may move
 * ({@link MovableClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ MovableClock.Configuration.class, TestChildren.class, TestPeps.class })
public @interface PortalIntegrationTest {

}
