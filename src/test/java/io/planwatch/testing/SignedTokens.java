package io.planwatch.testing;

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
 * Tokens of the test identity provider (RS256, the key pair under src/test/resources/jwt), free of any test
 * framework so that the bench programs (bench/*.java, with target/test-classes on their class path) sign theirs
 * the same way: {@link #configure} points a packaged jar at the public key and issuer, as an operator sets
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER. The tests reach it through {@link TestTokens}.
 */
public final class SignedTokens {

    public static final String ISSUER = "https://idp.test.planwatch";

    private static volatile PrivateKey signingKey;

    private SignedTokens() {}

    /** A token with these roles and claims (null claims are left out), valid four hours. */
    public static String token(String subject, Set<String> roles, String jurisdiction, String department) {
        return sign(claims(subject, roles, jurisdiction, department).expiresIn(Duration.ofHours(4)));
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

    /** The public key copied to a file of its own (the jar cannot read a class-path resource of the tests). */
    public static Path publicKeyFile() {
        try (InputStream in = SignedTokens.class.getResourceAsStream("/jwt/publicKey.pem")) {
            Path copy = Files.createTempFile("planwatch-test-jwt", ".pem");
            Files.write(copy, in.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points a jar started with this environment at the test key and issuer. */
    public static void configure(Map<String, String> environment) {
        environment.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile().toUri().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", ISSUER);
    }

    private static PrivateKey signingKey() {
        if (signingKey == null) {
            try (InputStream in = SignedTokens.class.getResourceAsStream("/jwt/privateKey.pem")) {
                signingKey = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(
                        "cannot read the test signing key src/test/resources/jwt/privateKey.pem", e);
            }
        }
        return signingKey;
    }
}
