package io.planwatch.assessment;

import io.planwatch.department.Department;
import io.planwatch.plan.Target;
import io.planwatch.vocabulary.AssessmentLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A department's yearly judgement (自评) of a qualitative target, with its evidence; one per target and year. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    public Target target;

    @Column(name = "assessed_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentLevel level;

    @Column(nullable = false)
    public String evidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who did it: the token's subject and department claim (null for rows from before access control). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_department")
    public String actorDepartment;
}
