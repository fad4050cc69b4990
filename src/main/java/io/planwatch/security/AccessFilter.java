package io.planwatch.security;

import io.planwatch.common.Messages;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation of the API needs a valid bearer token (401 otherwise) with a role its {@link AccessRules} row
 * grants (403 otherwise, naming the roles it needs), and the object its path names (a plan, an observation, a push,
 * a draft) must be in the caller's reach: otherwise it answers exactly as if the object did not exist (404), so
 * codes of other jurisdictions don't leak. Runs after the request is matched to its operation, on the worker
 * thread of the (blocking) operation, so unknown paths stay 404 and {@code /q/*} (health, the contract) never
 * reaches it.
 */
public class AccessFilter {

    /** The operationId of each resource method under /api ("" when it has none: the administrator's only). */
    private static final Map<Method, String> OPERATION_IDS = new ConcurrentHashMap<>();

    private final CurrentIdentityAssociation identities;
    private final Caller caller;
    private final Scopes scopes;
    private final ObjectOwners owners;
    private final RateLimiter limiter;

    public AccessFilter(
            CurrentIdentityAssociation identities,
            Caller caller,
            Scopes scopes,
            ObjectOwners owners,
            RateLimiter limiter) {
        this.limiter = limiter;
        this.identities = identities;
        this.caller = caller;
        this.scopes = scopes;
        this.owners = owners;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        String operationId = operationIdOf(resource);
        if (operationId == null) {
            return; // not under /api (the dev-mode token endpoint)
        }
        SecurityIdentity identity;
        try {
            identity = identities.getIdentity();
        } catch (AuthenticationFailedException e) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    Messages.text("security.tokenRefused"),
                    List.of(),
                    Map.of(),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        authorize(operationId, identity);
        checkReach(uri);
        limiter.take(operationId, caller.subject(), caller.roles());
    }

    private static void authorize(String operationId, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    Messages.text("security.tokenMissing"),
                    List.of(),
                    Map.of(),
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        // An operation without a rule is the administrator's until it gets one (AccessControlTest fails meanwhile).
        Set<Role> allowed = AccessRules.rolesFor(operationId).orElse(EnumSet.of(Role.ADMIN));
        Set<Role> held = Caller.rolesOf(identity.getRoles());
        if (allowed.stream().noneMatch(held::contains)) {
            String needed = allowed.stream().map(Role::claim).collect(Collectors.joining(" or "));
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    Messages.text(
                            "security.roleNeeded",
                            operationId,
                            needed,
                            held.isEmpty()
                                    ? Messages.text("security.noRoles")
                                    : held.stream().map(Role::claim).collect(Collectors.joining(", "))),
                    List.of(),
                    Map.of("requiredRoles", allowed.stream().map(Role::claim).toList()),
                    Map.of());
        }
    }

    /** The objects a path names, outside the caller's reach, are not found. */
    private void checkReach(UriInfo uri) {
        if (caller.reachesEverything()) {
            return;
        }
        var params = uri.getPathParameters();
        String plan = params.getFirst("plan");
        if (plan != null && !scopes.planJurisdiction(plan).map(caller::reaches).orElse(true)) {
            throw ProblemException.notFound("plan", plan);
        }
        String path = uri.getPath();
        String id = params.getFirst("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            return; // the operation refuses a malformed id itself
        }
        long key = Long.parseLong(id);
        if (path.startsWith("/api/v1/observations/")
                && !scopes.observationJurisdiction(key).map(caller::reaches).orElse(true)) {
            throw ProblemException.notFound("observation", id);
        }
        if (path.startsWith("/api/v1/observation-pushes/") && !owners.pushVisible(key, caller)) {
            throw ProblemException.notFound("push", id);
        }
        if (path.startsWith("/api/v1/plan-drafts/") && !owners.draftVisible(key, caller)) {
            throw ProblemException.notFound("plan draft", id);
        }
    }

    private static String operationIdOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Path path = resource.getResourceClass() == null
                ? null
                : resource.getResourceClass().getAnnotation(Path.class);
        if (method == null || path == null || !path.value().startsWith("/api")) {
            return null;
        }
        return OPERATION_IDS.computeIfAbsent(method, m -> {
            Operation operation = m.getAnnotation(Operation.class);
            return operation == null ? "" : AccessRules.contractOperation(operation.operationId());
        });
    }
}
