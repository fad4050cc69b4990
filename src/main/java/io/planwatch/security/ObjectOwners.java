package io.planwatch.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Objects that belong to whoever made them: a push is seen by its pusher, a draft by its creator's jurisdiction. */
@ApplicationScoped
public class ObjectOwners {

    private final EntityManager em;

    public ObjectOwners(EntityManager em) {
        this.em = em;
    }

    /** A push (and its Idempotency-Key) is its pusher's: nobody else, save an administrator, sees it. */
    public boolean pushVisible(long id, Caller caller) {
        List<?> owner = em.createNativeQuery("SELECT actor_subject FROM observation_push WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return owner.isEmpty() || caller.reachesEverything() || caller.subject().equals(owner.get(0));
    }

    /** A draft is seen in the jurisdiction of whoever read it in, and in those above. */
    public boolean draftVisible(long id, Caller caller) {
        List<?> jurisdiction = em.createNativeQuery("SELECT actor_jurisdiction FROM plan_draft WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (jurisdiction.isEmpty() || caller.reachesEverything()) {
            return true;
        }
        return jurisdiction.get(0) != null && caller.reachesCode((String) jurisdiction.get(0));
    }
}
