package jp.clearance.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;
import jp.clearance.account.control.PasswordHashing;
import jp.clearance.account.control.PasswordPolicy;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.TransferReason;
import jp.clearance.vetting.entity.TransferRecord;
import jp.clearance.vetting.entity.TransferStatus;

/**
 * Seeds demo organizations, people and one login per role when the server runs with
 * {@code -Dclearance.demo=true}. Idempotent: what exists already (by code or user name) is left alone.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {
    /** The password of every demo login (printed by the run command and the README). */
    public static final String DEMO_PASSWORD = "clearance-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditRecorder audit;

    @Inject
    ApplicationClock clock;

    @PostConstruct
    void seed() {
        if (!Boolean.getBoolean("clearance.demo")) {
            return;
        }
        Organization cao = organization("CAO", OrganizationKind.ORGAN, "内閣府", "Cabinet Office", null, true, false);
        Organization meti = organization("METI", OrganizationKind.ORGAN, "経済産業省",
                "Ministry of Economy, Trade and Industry", null, false, false);
        Organization mod = organization("MOD", OrganizationKind.ORGAN, "防衛省", "Ministry of Defense", null, false, true);
        Organization towa = organization("TOWA-HI", OrganizationKind.ENTITY, "東和重工業株式会社",
                "Towa Heavy Industries Co., Ltd.", "1010001000001", false, false);
        Organization hokuto = organization("HOKUTO-EP", OrganizationKind.ENTITY, "北斗電力株式会社",
                "Hokuto Electric Power Co., Inc.", "1010001000002", false, false);

        Section caoInv = section(cao, "INVESTIGATION", "適性評価調査室", "Eligibility Investigation Office", true);
        section(cao, "ECONSEC", "経済安全保障推進室", "Economic Security Office", true);
        Section caoDesk = section(cao, "CONSULT", "相談窓口", "Consultation Desk", false);
        Section metiSec = section(meti, "SECURITY", "情報保全室", "Information Security Office", true);
        Section metiSupply = section(meti, "SUPPLY", "サプライチェーン政策課", "Supply Chain Policy Division", true);
        section(meti, "GENERAL", "大臣官房総務課", "General Affairs Division", false);
        Section modSec = section(mod, "SECURITY", "保全監察室", "Security Inspection Office", true);
        Section towaRd = section(towa, "RD", "先端技術研究所", "Advanced Technology Laboratory", true);
        section(towa, "SALES", "営業部", "Sales Department", false);
        Section hokutoCyber = section(hokuto, "CYBER", "サイバーセキュリティ部", "Cyber Security Department", true);

        Person pAdmin = person("山田", "太郎", "ヤマダ", "タロウ", "Taro Yamada", LocalDate.of(1975, 4, 1), "JP", cao, caoInv, "CAO-0001");
        Person pOfficer = person("佐藤", "花子", "サトウ", "ハナコ", "Hanako Sato", LocalDate.of(1980, 6, 15), "JP", meti, metiSec, "METI-0101");
        Person pInvestigator = person("鈴木", "一郎", "スズキ", "イチロウ", "Ichiro Suzuki", LocalDate.of(1978, 9, 30), "JP", cao, caoInv, "CAO-0102");
        Person pAdjudicator = person("高橋", "美咲", "タカハシ", "ミサキ", "Misaki Takahashi", LocalDate.of(1972, 1, 20), "JP", meti, metiSec, "METI-0102");
        Person pCompliance = person("伊藤", "健", "イトウ", "ケン", "Ken Ito", LocalDate.of(1983, 11, 3), "JP", cao, caoInv, "CAO-0103");
        Person pGrievance = person("渡辺", "直子", "ワタナベ", "ナオコ", "Naoko Watanabe", LocalDate.of(1986, 2, 11), "JP", cao, caoDesk, "CAO-0201");
        Person pEmployee = person("中村", "翔", "ナカムラ", "ショウ", "Sho Nakamura", LocalDate.of(1990, 7, 7), "JP", meti, metiSupply, "METI-0301");
        Person pAuditor = person("小林", "恵", "コバヤシ", "メグミ", "Megumi Kobayashi", LocalDate.of(1979, 12, 24), "JP", cao, caoInv, "CAO-0301");
        Person pKato = person("加藤", "大輔", "カトウ", "ダイスケ", "Daisuke Kato", LocalDate.of(1988, 3, 5), "JP", towa, towaRd, "TOWA-1001");
        person("吉田", "エミリー", "ヨシダ", "エミリー", "Emily Yoshida", LocalDate.of(1991, 8, 19), "JP,US", towa, towaRd, "TOWA-1002");
        person("山本", "誠", "ヤマモト", "マコト", "Makoto Yamamoto", LocalDate.of(1985, 5, 27), "JP", hokuto, hokutoCyber, "HEP-2001");
        person("松本", "さくら", "マツモト", "サクラ", "Sakura Matsumoto", LocalDate.of(1993, 10, 10), "JP", mod, modSec, "MOD-3001");

        account("admin", cao, pAdmin, Roles.ADMIN);
        account("officer", meti, pOfficer, Roles.AGENCY_SECURITY_OFFICER);
        account("investigator", cao, pInvestigator, Roles.INVESTIGATOR);
        account("adjudicator", meti, pAdjudicator, Roles.ADJUDICATOR);
        account("compliance", cao, pCompliance, Roles.COMPLIANCE_OFFICER);
        account("grievance", cao, pGrievance, Roles.GRIEVANCE_OFFICER);
        account("employee", meti, pEmployee, Roles.EMPLOYEE);
        account("auditor", cao, pAuditor, Roles.AUDITOR);
        grievanceDemo(pKato, pEmployee, cao, meti);
        LOG.info("Demo data present; every demo login has the password " + DEMO_PASSWORD);
    }

    private Organization organization(String code, OrganizationKind kind, String ja, String en, String corporateNumber,
                                      boolean central, boolean ownInvestigation) {
        List<Organization> found = em.createQuery("select o from Organization o where o.code = :c", Organization.class)
                .setParameter("c", code).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Organization o = new Organization();
        o.setCode(code);
        o.setKind(kind);
        o.setNameJa(ja);
        o.setNameEn(en);
        o.setCorporateNumber(corporateNumber);
        o.setCentral(central);
        o.setOwnInvestigation(ownInvestigation);
        o.stamp(Caller.SYSTEM, clock.now());
        em.persist(o);
        em.flush();
        audit.record(Caller.SYSTEM, AuditAction.CREATE, "Organization", o.getId(), "demo data: " + code);
        return o;
    }

    private Section section(Organization o, String code, String ja, String en, boolean needToKnow) {
        List<Section> found = em.createQuery(
                        "select s from Section s where s.organization = :o and s.code = :c", Section.class)
                .setParameter("o", o).setParameter("c", code).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Section s = new Section(o);
        s.setCode(code);
        s.setNameJa(ja);
        s.setNameEn(en);
        s.setNeedToKnow(needToKnow);
        em.persist(s);
        return s;
    }

    private Person person(String family, String given, String familyKana, String givenKana, String latin,
                          LocalDate dob, String nationalities, Organization employer, Section section, String staffNo) {
        List<Person> found = em.createQuery("select p from Person p where p.staffNumber = :n and p.employer = :e",
                        Person.class).setParameter("n", staffNo).setParameter("e", employer).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Person p = new Person();
        p.setFamilyName(family);
        p.setGivenName(given);
        p.setFamilyNameKana(familyKana);
        p.setGivenNameKana(givenKana);
        p.setLatinName(latin);
        p.setDateOfBirth(dob);
        p.setNationalities(nationalities);
        p.setEmployer(employer);
        p.setSection(section);
        p.setStaffNumber(staffNo);
        p.stamp(Caller.SYSTEM, clock.now());
        em.persist(p);
        em.flush();
        audit.record(Caller.SYSTEM, AuditAction.CREATE, "Person", p.getId(), "demo data");
        return p;
    }

    private void account(String username, Organization org, Person person, String role) {
        if (!em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            return;
        }
        UserAccount a = new UserAccount();
        a.setUsername(username);
        PasswordPolicy.standard().check(DEMO_PASSWORD);
        a.setPasswordHash(passwordHashing.hash(DEMO_PASSWORD.toCharArray()));
        a.setOrganization(org);
        a.setPerson(person);
        a.setRoles(new LinkedHashSet<>(List.of(role)));
        a.stamp(Caller.SYSTEM, clock.now());
        em.persist(a);
        em.flush();
        audit.record(Caller.SYSTEM, AuditAction.CREATE, "UserAccount", a.getId(), "demo data: " + username + " " + role);
    }

    /**
     * Grievance demo: a transfer record of a conforming-entity employee with a recorded pay cut (alert raised), and a
     * named complaint of the demo employee lodged ten days ago (its acknowledgement is overdue). Once only.
     */
    private void grievanceDemo(Person kato, Person employee, Organization cao, Organization meti) {
        if (!em.createQuery("select t.id from TransferRecord t where t.person = :p", Long.class)
                .setParameter("p", kato).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = clock.today();
        TransferRecord t = new TransferRecord(kato, kato.getEmployer(), TransferReason.REFUSAL, null,
                today.minusDays(20), today.minusDays(20).plusMonths(12));
        t.setPreviousGrade("主任（4級）");
        t.setPreviousMonthlyPay(412_000L);
        t.setNewGrade("一般（3級）");
        t.setNewMonthlyPay(356_000L);
        t.setMovedOn(today.minusDays(5));
        t.setEmployerNote("同意拒否に伴い先端技術研究所から異動");
        t.setStatus(TransferStatus.RECORDED);
        t.raiseAlert("DEMOTION", clock.now());
        t.stamp(Caller.SYSTEM, clock.now());
        em.persist(t);
        em.flush();
        audit.record(Caller.SYSTEM, AuditAction.CREATE, "TransferRecord", t.getId(), "demo data");

        LocalDate lodged = today.minusDays(10);
        Grievance g = new Grievance(Channel.NAMED, GrievanceType.PAY_CUT, Ground.REFUSED_CONSENT,
                "適性評価への同意を拒否した翌月から、手当が減額されました。理由の説明はありません。");
        g.identifyComplainant("employee", employee);
        g.setEmployer(meti);
        g.setDesk(cao);
        g.setOccurredOn(lodged.minusDays(3));
        g.setDecidedBy("大臣官房人事課");
        g.lodge(lodged.atTime(10, 0), lodged.plusDays(7), lodged.plusMonths(3));
        g.stamp(Caller.SYSTEM, clock.now());
        em.persist(g);
        em.flush();
        em.persist(new GrievanceEntry(g.getId(), EntryKind.STATUS, "employee", GrievanceStatus.LODGED, null,
                lodged.atTime(10, 0)));
        audit.record(Caller.SYSTEM, AuditAction.CREATE, "Grievance", g.getId(), "demo data");
    }
}
