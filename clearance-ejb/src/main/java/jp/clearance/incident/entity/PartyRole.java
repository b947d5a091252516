package jp.clearance.incident.entity;

/** The role of a party in an incident: people are handlers, recipients or outsiders; organizations organs or entities. */
public enum PartyRole {
    HANDLER, RECIPIENT, OUTSIDER, ORGAN, ENTITY;

    public boolean isPerson() {
        return this == HANDLER || this == RECIPIENT || this == OUTSIDER;
    }
}
