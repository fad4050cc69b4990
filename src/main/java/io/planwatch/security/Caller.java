package io.planwatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.EnumSet;
import java.util.Set;

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

    public Caller(SecurityIdentity identity) {
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
}
