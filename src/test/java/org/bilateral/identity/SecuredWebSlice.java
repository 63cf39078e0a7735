package org.bilateral.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For a web slice of any capability ({@code @WebMvcTest(controllers = ...)}): the workbench's security configuration,
 * which is identity's own (package-private), with mocks of what its doors need, so that the slice's requests are let in
 * or refused as in the application. Import the capability's {@link Access} class beside it: without it every route of the
 * slice is refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(SecurityConfiguration.class)
@MockitoBean(types = {UserAccounts.class, ApiTokens.class, LoginGuard.class, PasswordEncoder.class})
public @interface SecuredWebSlice {
}
