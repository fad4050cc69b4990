package io.planwatch.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The caller of the current request, for services that record who did something or keep to the caller's reach;
 * outside a request (the sample loader at start-up) the service itself, which reaches everything.
 */
@ApplicationScoped
public class Actors {

    private final Instance<Caller> caller;

    public Actors(Instance<Caller> caller) {
        this.caller = caller;
    }

    /** The caller of this request, or empty outside one. */
    public java.util.Optional<Caller> caller() {
        return Arc.container().requestContext().isActive() && caller.get().subject() != null
                ? java.util.Optional.of(caller.get())
                : java.util.Optional.empty();
    }

    public Actor current() {
        return caller().map(c -> new Actor(c.subject(), c.department())).orElse(Actor.SYSTEM);
    }
}
