package io.planwatch.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only (the class is not even a bean elsewhere): a signed token for any role, so the README's curl lines
 * work without an identity provider. {@code curl -s 'localhost:8080/dev/token?role=reporter'} prints the token.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    private final String issuer;

    public DevTokenResource(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String token(
            @QueryParam("role") @DefaultValue("admin") String role,
            @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("department") String department,
            @QueryParam("subject") String subject) {
        // The sample county 鹿寨县 and, per role, one of its departments: 卫健局 reports, 妇联 (妇儿工委办) owns the plans.
        String defaultDepartment = switch (role) {
            case "reporter" -> "450223-WJ";
            case "plan-owner" -> "450223-FL";
            case "reader" -> "450223-TJ";
            default -> null;
        };
        var claims = Jwt.issuer(issuer)
                .subject(subject != null ? subject : "dev-" + role)
                .groups(Set.of(role))
                .claim(
                        Caller.JURISDICTION_CLAIM,
                        jurisdiction != null ? jurisdiction : "admin".equals(role) ? "450000" : "450223")
                .expiresIn(Duration.ofHours(12));
        String dept = department != null ? department : defaultDepartment;
        if (dept != null) {
            claims.claim(Caller.DEPARTMENT_CLAIM, dept);
        }
        return claims.sign();
    }
}
