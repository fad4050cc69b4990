package io.planwatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified bearer token says: its subject, roles ({@code groups}), department and
 * jurisdiction claims. {@link AccessFilter} has already refused requests without a valid token, so a Caller always
 * has a subject.
 */
@RequestScoped
public class Caller {

    public static final String DEPARTMENT_CLAIM = "department";
    public static final String JURISDICTION_CLAIM = "jurisdiction";

    private final String subject;
    private final String department;
    private final String jurisdiction;
    private final Set<Role> roles;
    private final Scopes scopes;
    private Set<Long> reach;

    public Caller(SecurityIdentity identity, Scopes scopes) {
        this.scopes = scopes;
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        this.subject = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        this.department = token == null ? null : token.getClaim(DEPARTMENT_CLAIM);
        this.jurisdiction = token == null ? null : token.getClaim(JURISDICTION_CLAIM);
        this.roles = rolesOf(identity.getRoles());
    }

    static Set<Role> rolesOf(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofClaim(g).ifPresent(roles::add));
        return roles;
    }

    /** The token's subject: the user or client system; recorded on everything it changes. */
    public String subject() {
        return subject;
    }

    /** The department code of the token's {@code department} claim, or null when it has none. */
    public String department() {
        return department;
    }

    /** The jurisdiction code of the token's {@code jurisdiction} claim, or null when it has none. */
    public String jurisdiction() {
        return jurisdiction;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return roles;
    }

    /** An administrator reaches every jurisdiction; everyone else its own and those below it. */
    public boolean reachesEverything() {
        return is(Role.ADMIN);
    }

    /** Whether the caller may see or touch data of this jurisdiction (by id). */
    public boolean reaches(Long jurisdictionId) {
        return reachesEverything() || jurisdictionId != null && reach().contains(jurisdictionId);
    }

    /** Whether the caller may see or touch data of this jurisdiction (by code); an unknown code is not reached. */
    public boolean reachesCode(String jurisdictionCode) {
        return reachesEverything()
                || jurisdictionCode != null
                        && scopes.jurisdictionId(jurisdictionCode)
                                .map(this::reaches)
                                .orElse(false);
    }

    /** The ids of the jurisdictions reached, for filtering lists; null when all are. */
    public Set<Long> reachedIds() {
        return reachesEverything() ? null : reach();
    }

    private Set<Long> reach() {
        if (reach == null) {
            reach = jurisdiction == null ? Set.of() : Set.copyOf(scopes.subtree(jurisdiction));
        }
        return reach;
    }
}
