package io.planwatch.jurisdiction;

import io.planwatch.common.Cursor;
import io.planwatch.common.ETags;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.vocabulary.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JurisdictionService {

    private final EntityManager em;

    public JurisdictionService(EntityManager em) {
        this.em = em;
    }

    public Jurisdiction get(String code) {
        return Jurisdiction.findByCode(code).orElseThrow(() -> ProblemException.notFound("jurisdiction", code));
    }

    public List<Jurisdiction> children(Jurisdiction parent) {
        return Jurisdiction.children(parent);
    }

    public Page<JurisdictionDto> list(Level level, String parent, String name, int limit, String cursor) {
        StringBuilder where = new StringBuilder("code > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", nullToEmpty(Cursor.decode(cursor)));
        if (level != null) {
            where.append(" and level = :level");
            params.put("level", level);
        }
        if (parent != null) {
            where.append(" and parent.code = :parent");
            params.put("parent", parent);
        }
        if (name != null) {
            where.append(" and name like :name" + Paging.LIKE_ESCAPE);
            params.put("name", Paging.containing(name));
        }
        List<Jurisdiction> rows = Jurisdiction.<Jurisdiction>find(where + " order by code", params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, j -> j.code, j -> JurisdictionDto.of(j, null));
    }

    @Transactional
    public Jurisdiction create(JurisdictionDto dto) {
        if (Jurisdiction.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "jurisdiction '" + dto.code() + "' already exists");
        }
        Jurisdiction j = new Jurisdiction();
        j.code = dto.code();
        apply(j, dto);
        j.persist();
        return j;
    }

    @Transactional
    public Jurisdiction update(String code, JurisdictionDto dto, String ifMatch) {
        Jurisdiction j = get(code);
        ETags.check(ifMatch, j.version);
        if (!code.equals(dto.code())) {
            throw ProblemException.invalid(
                    "code",
                    FieldErrorCode.IMMUTABLE,
                    "code is the identity of a jurisdiction and cannot change (path " + code + ", body " + dto.code()
                            + ")");
        }
        if (dto.level() != j.level && !Jurisdiction.children(j).isEmpty()) {
            // Its children sit exactly one level below it; moving it would leave them at the wrong depth.
            throw ProblemException.invalid(
                    "level",
                    FieldErrorCode.INCONSISTENT,
                    "jurisdiction '" + code + "' has child jurisdictions; its level " + j.level + " cannot change to "
                            + dto.level());
        }
        apply(j, dto);
        em.flush();
        return j;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Jurisdiction j = get(code);
        ETags.check(ifMatch, j.version);
        List<String> users = new ArrayList<>();
        count("select count(j) from Jurisdiction j where j.parent = ?1", j, "child jurisdictions", users);
        count("select count(d) from Department d where d.jurisdiction = ?1", j, "departments", users);
        count("select count(p) from Plan p where p.jurisdiction = ?1", j, "plans", users);
        count("select count(o) from Observation o where o.jurisdiction = ?1", j, "observations", users);
        if (!users.isEmpty()) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "jurisdiction '" + code + "' is still used by " + String.join(", ", users)
                            + "; remove those first");
        }
        j.delete();
    }

    private void count(String jpql, Jurisdiction j, String what, List<String> users) {
        long n = em.createQuery(jpql, Long.class).setParameter(1, j).getSingleResult();
        if (n > 0) {
            users.add(n + " " + what);
        }
    }

    private void apply(Jurisdiction j, JurisdictionDto dto) {
        boolean township = dto.code().length() == 9;
        if (township != (dto.level() == Level.TOWNSHIP)) {
            throw ProblemException.invalid(
                    "level",
                    FieldErrorCode.INCONSISTENT,
                    "a 9-digit code is a TOWNSHIP and a 6-digit code is not; got " + dto.code() + " as " + dto.level());
        }
        Jurisdiction parent = null;
        if (dto.parent() != null) {
            parent = Jurisdiction.findByCode(dto.parent())
                    .orElseThrow(() -> ProblemException.invalid(
                            "parent",
                            FieldErrorCode.UNKNOWN_REFERENCE,
                            "parent jurisdiction '" + dto.parent() + "' does not exist"));
            if (!dto.level().isDirectlyBelow(parent.level)) {
                throw ProblemException.invalid(
                        "parent",
                        FieldErrorCode.INCONSISTENT,
                        "a " + dto.level() + " cannot sit directly below the " + parent.level + " " + parent.code);
            }
        } else if (dto.level() != Level.PROVINCE) {
            throw ProblemException.invalid(
                    "parent", FieldErrorCode.REQUIRED, "every jurisdiction below PROVINCE needs a parent");
        }
        j.name = dto.name();
        j.level = dto.level();
        j.parent = parent;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
