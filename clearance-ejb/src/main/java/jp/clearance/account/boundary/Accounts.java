package jp.clearance.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.clearance.account.control.PasswordHashing;
import jp.clearance.account.control.PasswordPolicy;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.audit.boundary.Refusals;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.control.NameSearch;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * User accounts: created and maintained by administrators; passwords are stored as PBKDF2 hashes only
 * ({@link PasswordHashing}), and every new password meets {@link PasswordPolicy}. Holders change their own password.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Accounts {
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final Map<String, String> SORTABLE = Map.of("username", "a.username", "organization", "o.code",
            "person", "p.familyNameKana", "active", "a.active", "lastLoginAt", "a.lastLoginAt");

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Refusals refusals;

    @Inject
    Logins logins;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /** Searches by text only (see {@link AccountFilter}), all roles and states. */
    public Page<AccountRow> search(String text, PageRequest page) {
        return search(new AccountFilter(text, null, null), page);
    }

    /** One page of accounts with their roles: one query for the rows, one for their roles, one for the count. */
    public Page<AccountRow> search(AccountFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            NameSearch.Criterion name = NameSearch.criterion(filter.text()).orElseThrow();
            where.add("(a.username like :lower or upper(o.code) like :upper or " + name.jpql("p") + ")");
            params.put("lower", filter.text().trim().toLowerCase() + "%");
            params.put("upper", filter.text().trim().toUpperCase() + "%");
            params.putAll(name.parameters());
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            where.add(":role member of a.roles");
            params.put("role", filter.role());
        }
        if (filter.active() != null) {
            where.add("a.active = :active");
            params.put("active", filter.active());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String sort = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "a.username");
        var query = em.createQuery("select a.id, a.username, o.code, o.nameJa, o.nameEn, p.familyName, p.givenName, "
                + "a.active, a.lastLoginAt from UserAccount a join a.organization o left join a.person p" + clause
                + " order by " + sort + (page.ascending() ? " asc" : " desc") + ", a.id", Object[].class);
        var count = em.createQuery("select count(a) from UserAccount a join a.organization o left join a.person p"
                + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, List<String>> roles = new HashMap<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            em.createQuery("select a.id, r from UserAccount a join a.roles r where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> roles.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        List<AccountRow> items = rows.stream().map(r -> new AccountRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : r[5] + " " + r[6], (Boolean) r[7],
                (java.time.LocalDateTime) r[8], ordered(roles.getOrDefault((Long) r[0], List.of())))).toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** Roles in the order of {@link Roles#ALL}, so lists show them the same way on every row. */
    private static List<String> ordered(List<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).toList();
    }

    /** The account with its organization and linked person (one query). */
    public UserAccount find(long id) {
        return em.createQuery("select a from UserAccount a join fetch a.organization left join fetch a.person"
                        + " where a.id = :id", UserAccount.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    public UserAccount create(String username, String password, long organizationId, Long personId, Set<String> roles) {
        UserAccount a = new UserAccount();
        a.setUsername(username);
        if (!em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", a.getUsername()).getResultList().isEmpty()) {
            throw new BusinessException("account.usernameTaken", a.getUsername());
        }
        a.setPasswordHash(hash(password));
        a.setOrganization(organization(organizationId));
        a.setPerson(person(personId));
        a.setRoles(validRoles(roles));
        a.stamp(caller.name(), clock.now());
        em.persist(a);
        em.flush();
        audit.record(AuditAction.CREATE, "UserAccount", a.getId(), ChangeLog.create().set("username", a.getUsername())
                .set("organization", a.getOrganization().getCode()).set("person", personId)
                .set("roles", new TreeSet<>(a.getRoles())).toString());
        return a;
    }

    public UserAccount update(long id, long expectedVersion, long organizationId, Long personId, Set<String> roles) {
        UserAccount a = find(id);
        if (a.getVersion() != expectedVersion) {
            throw new BusinessException("concurrentEdit");
        }
        Organization org = organization(organizationId);
        Person person = person(personId);
        Set<String> newRoles = validRoles(roles);
        ChangeLog changes = ChangeLog.create()
                .diff("organization", a.getOrganization().getCode(), org.getCode())
                .diff("person", a.getPerson() == null ? null : a.getPerson().getId(), personId)
                .diff("roles", new TreeSet<>(a.getRoles()), new TreeSet<>(newRoles));
        a.setOrganization(org);
        a.setPerson(person);
        a.setRoles(newRoles);
        if (!changes.isEmpty()) {
            a.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "UserAccount", id, changes.toString());
        }
        return a;
    }

    /** Sets a new password; returns the account (its version moves on, as for any change). */
    public UserAccount resetPassword(long id, String password) {
        UserAccount a = find(id);
        a.setPasswordHash(hash(password));
        a.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "UserAccount", id, "password reset");
        return a;
    }

    public UserAccount setActive(long id, boolean active) {
        UserAccount a = find(id);
        if (a.getUsername().equals(caller.name()) && !active) {
            throw new BusinessException("account.cannotDeactivateSelf");
        }
        if (a.isActive() != active) {
            a.setActive(active);
            a.stamp(caller.name(), clock.now());
            audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, "UserAccount", id, null);
        }
        return a;
    }

    /** The signed-in user's own account summary (for the header): any role may ask for their own. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public AccountRow me() {
        return em.createQuery("select a from UserAccount a join fetch a.organization where a.username = :u",
                        UserAccount.class).setParameter("u", caller.name()).getResultStream()
                .map(a -> new AccountRow(a.getId(), a.getUsername(), a.getOrganization().getCode(),
                        a.getOrganization().getNameJa(), a.getOrganization().getNameEn(), null, a.isActive(),
                        a.getLastLoginAt(), List.copyOf(a.getRoles())))
                .findFirst().orElseThrow(() -> new NotFoundException("UserAccount", caller.name()));
    }

    /** The hash of a new password, refused unless it meets the policy (the one way a password is set). */
    public String hash(String password) {
        PasswordPolicy.standard().check(password);
        return hashing.hash(password.toCharArray());
    }

    /**
     * The holder changes their own password: the current one must be given (a wrong one is refused, recorded as a
     * refused access and counted as a failed login, each in a transaction of its own, so that the account locks as it
     * does at the login; a locked account changes nothing), the new one meets the policy and differs from the current one.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount a = em.createQuery("select a from UserAccount a where a.username = :u and a.active = true",
                        UserAccount.class).setParameter("u", caller.name()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("UserAccount", caller.name()));
        if (logins.locked(caller.name())) {
            refusals.record("UserAccount", a.getId(), "password change", "account.locked");
            throw new BusinessException("account.locked", Logins.LOCK_MINUTES);
        }
        if (currentPassword == null || !hashing.verify(currentPassword.toCharArray(), a.getPasswordHash())) {
            refusals.record("UserAccount", a.getId(), "password change", "account.wrongCurrentPassword");
            logins.recordWrongPassword(caller.name());
            throw new BusinessException("account.wrongCurrentPassword");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessException("account.passwordUnchanged");
        }
        a.setPasswordHash(hash(newPassword));
        a.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "UserAccount", a.getId(), "password changed by the holder");
    }

    private Set<String> validRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("account.noRole");
        }
        for (String r : roles) {
            if (!Roles.ALL.contains(r)) {
                throw new BusinessException("account.unknownRole", r);
            }
        }
        return roles;
    }

    private Organization organization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw new NotFoundException("Organization", id);
        }
        return o;
    }

    private Person person(Long id) {
        if (id == null) {
            return null;
        }
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }
}
