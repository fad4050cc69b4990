package io.planwatch.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode, when no identity provider key is configured, makes a key pair of the local run's own under
 * {@code target/dev-jwt} (once; kept between runs so that tokens stay valid) and points the token verification and
 * {@link DevTokenResource}'s signing at it. The key lives only in the build directory: never in the packaged jar,
 * which verifies against {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} only.
 */
public class DevSigningKeyConfigFactory implements ConfigSourceFactory {

    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(VERIFY_KEY);
        if (!context.getProfiles().contains("dev") || configured != null && configured.getValue() != null) {
            return List.of();
        }
        Path directory = Path.of("target", "dev-jwt").toAbsolutePath();
        Path privateKey = directory.resolve("privateKey.pem");
        Path publicKey = directory.resolve("publicKey.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            generate(directory, privateKey, publicKey);
        }
        return List.of(new PropertiesConfigSource(
                Map.of(
                        VERIFY_KEY,
                        publicKey.toUri().toString(),
                        "smallrye.jwt.sign.key.location",
                        privateKey.toUri().toString()),
                "planwatch-dev-signing-key",
                50));
    }

    private static void generate(Path directory, Path privateKey, Path publicKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(
                    privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dev-mode signing key under " + directory, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
