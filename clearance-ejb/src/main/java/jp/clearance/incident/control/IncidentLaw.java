package jp.clearance.incident.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.control.LegalParameters;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Penalty;

/** The reference data the incident module reads: penalty rows and its parameters, in force on a day. */
@Dependent
public class IncidentLaw {
    public static final String APPEAL_PERIOD_DAYS = "APPEAL_PERIOD_DAYS";
    public static final String TASK_DUE_DAYS = "INCIDENT_TASK_DUE_DAYS";
    public static final String SUSPENSION_MAX_MONTHS = "SUSPENSION_MAX_MONTHS";
    public static final String SUSPENSION_PRISON_MAX_MONTHS = "SUSPENSION_PRISON_MAX_MONTHS";
    private static final String IN_FORCE = "r.effectiveFrom <= :on and (r.effectiveTo is null or r.effectiveTo >= :on)";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    /** The reference component's one query for a row in force (issue 16: one published query per fact). */
    @Inject
    LegalParameters parameters;

    /** @throws BusinessException {@code reference.parameterMissing} (code, day) */
    public LegalParameter parameter(String code, LocalDate on) {
        return parameters.parameter(code, on);
    }

    /** @throws BusinessException {@code reference.penaltyMissing} (code, day) */
    public Penalty penalty(String code, LocalDate on) {
        return parameters.penalty(code, on);
    }

    /** The punishable offences of an act in force on a day, in code order. */
    public List<Penalty> penalties(Act act, LocalDate on) {
        return em.createQuery("select r from Penalty r where r.act = :act and " + IN_FORCE
                + " order by r.code", Penalty.class).setParameter("act", act).setParameter("on", on).getResultList()
                .stream().filter(Penalty::isPunishable).toList();
    }

    public SentenceRule.SuspensionLimits suspensionLimits(LocalDate on) {
        return new SentenceRule.SuspensionLimits(parameter(SUSPENSION_PRISON_MAX_MONTHS, on).intValue(),
                parameter(SUSPENSION_MAX_MONTHS, on).intValue());
    }
}
