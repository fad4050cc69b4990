package io.planwatch.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Real signed tokens for the tests, as the identity provider would issue them: RS256 with the test key pair under
 * src/test/resources/jwt. As a test resource it points the application under test (in this JVM, or the packaged
 * jar of the *IT classes) at the public key and the test issuer, the way an operator sets
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER.
 */
@QuarkusTestResource(TestTokens.class)
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://idp.test.planwatch";

    private static volatile PrivateKey signingKey;

    @Override
    public Map<String, String> start() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/jwt/publicKey.pem")) {
            Path copy = Files.createTempFile("planwatch-test-jwt", ".pem");
            Files.write(copy, in.readAllBytes());
            return Map.of("mp.jwt.verify.publickey.location", copy.toUri().toString(), "mp.jwt.verify.issuer", ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    /** A token of the test identity provider with these roles and claims (null claims are left out), valid an hour. */
    public static String token(String subject, Set<String> roles, String jurisdiction, String department) {
        return sign(claims(subject, roles, jurisdiction, department).expiresIn(Duration.ofHours(1)));
    }

    /** The claims of {@link #token}, to change (expiry, issuer) before {@link #sign}ing them. */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles, String jurisdiction, String department) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).groups(roles);
        if (jurisdiction != null) {
            claims.claim("jurisdiction", jurisdiction);
        }
        if (department != null) {
            claims.claim("department", department);
        }
        return claims;
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(signingKey());
    }

    private static PrivateKey signingKey() {
        if (signingKey == null) {
            try (InputStream in = TestTokens.class.getResourceAsStream("/jwt/privateKey.pem")) {
                signingKey = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the test signing key src/test/resources/jwt/privateKey.pem", e);
            }
        }
        return signingKey;
    }
}
