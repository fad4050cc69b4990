package io.planwatch.department;

import io.planwatch.common.Cursor;
import io.planwatch.common.ETags;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.jurisdiction.Jurisdiction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class DepartmentService {

    private final EntityManager em;

    public DepartmentService(EntityManager em) {
        this.em = em;
    }

    public Department get(String code) {
        return Department.findByCode(code).orElseThrow(() -> ProblemException.notFound("department", code));
    }

    public Page<DepartmentDto> list(String jurisdiction, String name, int limit, String cursor) {
        String after = Cursor.decode(cursor);
        StringBuilder where = new StringBuilder("code > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after == null ? "" : after);
        if (jurisdiction != null) {
            where.append(" and jurisdiction.code = :jurisdiction");
            params.put("jurisdiction", jurisdiction);
        }
        if (name != null) {
            where.append(" and name like :name" + Paging.LIKE_ESCAPE);
            params.put("name", Paging.containing(name));
        }
        List<Department> rows = Department.<Department>find(where + " order by code", params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, d -> d.code, DepartmentDto::of);
    }

    @Transactional
    public Department create(DepartmentDto dto) {
        if (Department.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "department '" + dto.code() + "' already exists");
        }
        Department d = new Department();
        d.code = dto.code();
        apply(d, dto);
        d.persist();
        return d;
    }

    @Transactional
    public Department update(String code, DepartmentDto dto, String ifMatch) {
        Department d = get(code);
        ETags.check(ifMatch, d.version);
        if (!code.equals(dto.code())) {
            throw ProblemException.invalid(
                    "code",
                    FieldErrorCode.IMMUTABLE,
                    "code is the identity of a department and cannot change (path " + code + ", body " + dto.code()
                            + ")");
        }
        apply(d, dto);
        em.flush();
        return d;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Department d = get(code);
        ETags.check(ifMatch, d.version);
        long uses = em.createQuery("select count(t) from Target t where t.leadDepartment = ?1", Long.class)
                        .setParameter(1, d)
                        .getSingleResult()
                + em.createQuery(
                                "select count(t) from Target t join t.cooperatingDepartments c where c = ?1",
                                Long.class)
                        .setParameter(1, d)
                        .getSingleResult()
                + em.createQuery("select count(o) from Observation o where o.department = ?1", Long.class)
                        .setParameter(1, d)
                        .getSingleResult()
                + em.createQuery("select count(i) from Indicator i where i.sourceDepartment = ?1", Long.class)
                        .setParameter(1, d)
                        .getSingleResult()
                + em.createQuery("select count(a) from Assessment a where a.department = ?1", Long.class)
                        .setParameter(1, d)
                        .getSingleResult()
                + em.createQuery("select count(r) from ObservationRevision r where r.department = ?1", Long.class)
                        .setParameter(1, d)
                        .getSingleResult();
        if (uses > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "department '" + code + "' is named by " + uses
                            + " targets (as lead or co-operating), observations and their revisions, indicators or assessments");
        }
        d.delete();
    }

    private static void apply(Department d, DepartmentDto dto) {
        d.name = dto.name();
        d.jurisdiction = Jurisdiction.findByCode(dto.jurisdiction())
                .orElseThrow(() -> ProblemException.invalid(
                        "jurisdiction",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        "jurisdiction '" + dto.jurisdiction() + "' does not exist"));
    }
}
