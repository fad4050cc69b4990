package io.planwatch.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A main goal (主要目标 item) of a domain, addressed by its number inside the domain. */
@Entity
@Table(name = "plan_goal")
public class Goal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public Domain domain;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String text;

    @Version
    public int version;

    public static Optional<Goal> find(Domain domain, int number) {
        return find("domain = ?1 and number = ?2", domain, number).firstResultOptional();
    }

    public static List<Goal> ofPlan(Plan plan) {
        return list("domain.plan = ?1 order by domain.order, number", plan);
    }
}
