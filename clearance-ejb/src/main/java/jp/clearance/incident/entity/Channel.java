package jp.clearance.incident.entity;

/** The suspected channel of a leak. */
public enum Channel {
    LOST_MEDIA, EMAIL, SPOKEN, CYBER_INTRUSION, DOCUMENT, PUBLICATION, OTHER
}
