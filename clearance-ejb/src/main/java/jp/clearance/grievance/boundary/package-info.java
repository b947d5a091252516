/**
 * Employee-protection grievances: {@link jp.clearance.grievance.boundary.Grievances} (named complainants and the
 * desks), {@link jp.clearance.grievance.boundary.AnonymousDesk} (the public, anonymous path),
 * {@link jp.clearance.grievance.boundary.TransferWatch} (transfer records watched for retaliation) and
 * {@link jp.clearance.grievance.boundary.GrievanceWatch} (the daily reminders and checks).
 */
package jp.clearance.grievance.boundary;
