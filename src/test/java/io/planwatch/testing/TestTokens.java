package io.planwatch.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Real signed tokens for the tests, as the identity provider would issue them ({@link SignedTokens}). As a test
 * resource it points the application under test (in this JVM, or the packaged jar of the *IT classes) at the public
 * key and the test issuer, the way an operator sets MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER.
 */
@QuarkusTestResource(TestTokens.class)
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = SignedTokens.ISSUER;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location",
                SignedTokens.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer",
                ISSUER);
    }

    @Override
    public void stop() {}

    /** A token of the test identity provider with these roles and claims (null claims are left out), valid an hour. */
    public static String token(String subject, Set<String> roles, String jurisdiction, String department) {
        return sign(claims(subject, roles, jurisdiction, department).expiresIn(Duration.ofHours(1)));
    }

    /** The claims of {@link #token}, to change (expiry, issuer) before {@link #sign}ing them. */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles, String jurisdiction, String department) {
        return SignedTokens.claims(subject, roles, jurisdiction, department);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return SignedTokens.sign(claims);
    }
}
