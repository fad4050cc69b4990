package io.planwatch.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The few reads access control needs: a jurisdiction's subtree, and whose jurisdiction an addressed object is in. */
@ApplicationScoped
public class Scopes {

    private final EntityManager em;

    public Scopes(EntityManager em) {
        this.em = em;
    }

    /** The ids of the jurisdiction and of every one below it, at any depth; empty when the code is unknown. */
    public Set<Long> subtree(String code) {
        return below(new HashSet<>(em.createQuery("select j.id from Jurisdiction j where j.code = :code", Long.class)
                .setParameter("code", code)
                .getResultList()));
    }

    /** The ids of the jurisdiction and of every one below it, by id. */
    public Set<Long> subtree(long id) {
        return below(new HashSet<>(Set.of(id)));
    }

    private Set<Long> below(Set<Long> ids) {
        List<Long> frontier = new ArrayList<>(ids);
        // One query per level: province → prefecture → county → township is four.
        while (!frontier.isEmpty()) {
            List<Long> children = em.createQuery(
                            "select j.id from Jurisdiction j where j.parent.id in :ids", Long.class)
                    .setParameter("ids", frontier)
                    .getResultList();
            frontier = children.stream().filter(ids::add).toList();
        }
        return ids;
    }

    public Optional<Long> jurisdictionId(String code) {
        return em.createQuery("select j.id from Jurisdiction j where j.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Long> planJurisdiction(String planCode) {
        return em.createQuery("select p.jurisdiction.id from Plan p where p.code = :code", Long.class)
                .setParameter("code", planCode)
                .getResultStream()
                .findFirst();
    }

    public Optional<Long> observationJurisdiction(long id) {
        return em.createQuery("select o.jurisdiction.id from Observation o where o.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
