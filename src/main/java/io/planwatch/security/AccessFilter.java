package io.planwatch.security;

import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every operation of the API needs a valid bearer token (401 otherwise) with a role its {@link AccessRules} row
 * grants (403 otherwise, naming the roles it needs). Runs after the request is matched to its operation, so unknown
 * paths stay 404 and {@code /q/*} (health, the contract) never reaches it.
 */
public class AccessFilter {

    /** The operationId of each resource method under /api ("" when it has none: the administrator's only). */
    private static final Map<Method, String> OPERATION_IDS = new ConcurrentHashMap<>();

    private final CurrentIdentityAssociation identities;

    public AccessFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> check(ResourceInfo resource) {
        String operationId = operationIdOf(resource);
        if (operationId == null) {
            return Uni.createFrom().voidItem(); // not under /api (the dev-mode token endpoint)
        }
        return identities.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).transform(AccessFilter::invalidToken)
                .invoke(identity -> authorize(operationId, identity))
                .replaceWithVoid();
    }

    private static void authorize(String operationId, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "this operation needs a bearer token: send Authorization: Bearer <JWT> from the identity provider",
                    List.of(), Map.of(), Map.of("WWW-Authenticate", "Bearer"));
        }
        // An operation without a rule is the administrator's until it gets one (AccessControlTest fails meanwhile).
        Set<Role> allowed = AccessRules.rolesFor(operationId).orElse(EnumSet.of(Role.ADMIN));
        Set<Role> held = Caller.rolesOf(identity.getRoles());
        if (allowed.stream().noneMatch(held::contains)) {
            String needed = allowed.stream().map(Role::claim).collect(Collectors.joining(" or "));
            throw new ProblemException(ProblemType.FORBIDDEN,
                    operationId + " needs the role " + needed + "; the token has "
                            + (held.isEmpty() ? "none of the PlanWatch roles" : held.stream().map(Role::claim).collect(Collectors.joining(", "))),
                    List.of(), Map.of("requiredRoles", allowed.stream().map(Role::claim).toList()), Map.of());
        }
    }

    private static Throwable invalidToken(Throwable failure) {
        return new ProblemException(ProblemType.UNAUTHORIZED,
                "the bearer token was refused: it is expired, not signed by the configured identity provider, or of another issuer",
                List.of(), Map.of(), Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    private static String operationIdOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Path path = resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(Path.class);
        if (method == null || path == null || !path.value().startsWith("/api")) {
            return null;
        }
        return OPERATION_IDS.computeIfAbsent(method, m -> {
            Operation operation = m.getAnnotation(Operation.class);
            return operation == null ? "" : operation.operationId();
        });
    }
}
