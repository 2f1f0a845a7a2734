"""Human, translatable names for the syncable tables and their columns (the conflict dialog shows these, not column names).

Context "fields"; a column's label may depend on its table (a household's number is its 户号).
Columns without a label show their raw name, so a new column is visible, if not pretty.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.i18n import translate

TABLES = {
    "person": QT_TRANSLATE_NOOP("fields", "Person"), "household": QT_TRANSLATE_NOOP("fields", "Household"),
    "villager_group": QT_TRANSLATE_NOOP("fields", "Villager group"), "village": QT_TRANSLATE_NOOP("fields", "Village"),
    "town": QT_TRANSLATE_NOOP("fields", "Town"), "grid": QT_TRANSLATE_NOOP("fields", "Grid"),
    "grid_group": QT_TRANSLATE_NOOP("fields", "Grid coverage"), "party_org": QT_TRANSLATE_NOOP("fields", "Party organisation"),
    "party_membership": QT_TRANSLATE_NOOP("fields", "Party membership"),
    "central_household": QT_TRANSLATE_NOOP("fields", "Central household"),
    "central_household_member": QT_TRANSLATE_NOOP("fields", "Central household member"),
    "role_assignment": QT_TRANSLATE_NOOP("fields", "Office held"), "demo_site": QT_TRANSLATE_NOOP("fields", "Demonstration site"),
    "demo_site_item": QT_TRANSLATE_NOOP("fields", "Checklist item"), "demo_site_inspection": QT_TRANSLATE_NOOP("fields", "Inspection"),
    "attachment": QT_TRANSLATE_NOOP("fields", "Attachment"), "matter": QT_TRANSLATE_NOOP("fields", "Matter"),
    "matter_item": QT_TRANSLATE_NOOP("fields", "Line item"), "matter_step": QT_TRANSLATE_NOOP("fields", "Step"),
    "matter_disclosure": QT_TRANSLATE_NOOP("fields", "Notice"), "matter_objection": QT_TRANSLATE_NOOP("fields", "Objection"),
    "matter_payment": QT_TRANSLATE_NOOP("fields", "Payment"), "matter_roster_entry": QT_TRANSLATE_NOOP("fields", "Roster entry"),
    "matter_attachment": QT_TRANSLATE_NOOP("fields", "Matter attachment"),
}  # fmt: skip

COLUMNS = {
    # bookkeeping
    "id": QT_TRANSLATE_NOOP("fields", "Record ID"), "village_code": QT_TRANSLATE_NOOP("fields", "Village code"),
    "version": QT_TRANSLATE_NOOP("fields", "Version"), "created_at": QT_TRANSLATE_NOOP("fields", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("fields", "Last changed"), "updated_by_device": QT_TRANSLATE_NOOP("fields", "Changed on device"),
    "deleted_at": QT_TRANSLATE_NOOP("fields", "Deleted"),
    # references
    "village_id": QT_TRANSLATE_NOOP("fields", "Village"), "town_id": QT_TRANSLATE_NOOP("fields", "Town"),
    "group_id": QT_TRANSLATE_NOOP("fields", "Villager group"), "household_id": QT_TRANSLATE_NOOP("fields", "Household"),
    "person_id": QT_TRANSLATE_NOOP("fields", "Person"), "grid_id": QT_TRANSLATE_NOOP("fields", "Grid"),
    "parent_id": QT_TRANSLATE_NOOP("fields", "Parent"), "party_org_id": QT_TRANSLATE_NOOP("fields", "Party organisation"),
    "party_group_id": QT_TRANSLATE_NOOP("fields", "Party group"), "host_person_id": QT_TRANSLATE_NOOP("fields", "Host Party member"),
    "central_household_id": QT_TRANSLATE_NOOP("fields", "Central household"),
    "demo_site_id": QT_TRANSLATE_NOOP("fields", "Demonstration site"), "attachment_id": QT_TRANSLATE_NOOP("fields", "Attachment"),
    "photo_attachment_id": QT_TRANSLATE_NOOP("fields", "Photo"), "matter_id": QT_TRANSLATE_NOOP("fields", "Matter"),
    "step_id": QT_TRANSLATE_NOOP("fields", "Step"), "disclosure_id": QT_TRANSLATE_NOOP("fields", "Notice"),
    "replaces_id": QT_TRANSLATE_NOOP("fields", "Replaces"),
    # the register
    "name": QT_TRANSLATE_NOOP("fields", "Name"), "code": QT_TRANSLATE_NOOP("fields", "Code"), "regime": QT_TRANSLATE_NOOP("fields", "Regime"),
    "number": QT_TRANSLATE_NOOP("fields", "Number"), "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "name_initials": QT_TRANSLATE_NOOP("fields", "Name initials (automatic)"),
    "name_pinyin": QT_TRANSLATE_NOOP("fields", "Name in pinyin (automatic)"), "gender": QT_TRANSLATE_NOOP("fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"), "id_number": QT_TRANSLATE_NOOP("fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"), "relation_to_head": QT_TRANSLATE_NOOP("fields", "Relation to the head"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"), "note": QT_TRANSLATE_NOOP("fields", "Note"), "level": QT_TRANSLATE_NOOP("fields", "Level"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"), "role": QT_TRANSLATE_NOOP("fields", "Role"), "post": QT_TRANSLATE_NOOP("fields", "Post"),
    "term_start": QT_TRANSLATE_NOOP("fields", "Term from"), "term_end": QT_TRANSLATE_NOOP("fields", "Term to"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"), "joined_on": QT_TRANSLATE_NOOP("fields", "Joined on"),
    "full_member_on": QT_TRANSLATE_NOOP("fields", "Full member on"), "voting_status": QT_TRANSLATE_NOOP("fields", "Voting status"),
    "exclusion_reason": QT_TRANSLATE_NOOP("fields", "Exclusion reason"),
    "exclusion_approval_ref": QT_TRANSLATE_NOOP("fields", "Approval reference"), "active": QT_TRANSLATE_NOOP("fields", "Active"),
    # demonstration sites and attachments
    "designated_on": QT_TRANSLATE_NOOP("fields", "Designated on"), "service_functions": QT_TRANSLATE_NOOP("fields", "Service functions"),
    "inspected_on": QT_TRANSLATE_NOOP("fields", "Inspected on"), "inspector": QT_TRANSLATE_NOOP("fields", "Inspector"),
    "criterion_code": QT_TRANSLATE_NOOP("fields", "Criterion"), "checked_on": QT_TRANSLATE_NOOP("fields", "Checked on"),
    "sha256": QT_TRANSLATE_NOOP("fields", "Content hash"), "size": QT_TRANSLATE_NOOP("fields", "Size (bytes)"),
    "media_type": QT_TRANSLATE_NOOP("fields", "File type"), "original_name": QT_TRANSLATE_NOOP("fields", "File name"),
    "caption": QT_TRANSLATE_NOOP("fields", "Caption"),
    # matters
    "title": QT_TRANSLATE_NOOP("fields", "Title"), "matter_type": QT_TRANSLATE_NOOP("fields", "Matter type"),
    "motion_source": QT_TRANSLATE_NOOP("fields", "Motion from"), "rule_set": QT_TRANSLATE_NOOP("fields", "Rule set"),
    "deciding_body": QT_TRANSLATE_NOOP("fields", "Deciding body"), "emergency": QT_TRANSLATE_NOOP("fields", "Emergency"),
    "emergency_note": QT_TRANSLATE_NOOP("fields", "Emergency note"), "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "opened_on": QT_TRANSLATE_NOOP("fields", "Opened on"), "stage": QT_TRANSLATE_NOOP("fields", "Stage"),
    "end_reason": QT_TRANSLATE_NOOP("fields", "End reason"), "closed_on": QT_TRANSLATE_NOOP("fields", "Closed on"),
    "selection_method": QT_TRANSLATE_NOOP("fields", "Selection method"), "time_frame": QT_TRANSLATE_NOOP("fields", "Time frame"),
    "revision": QT_TRANSLATE_NOOP("fields", "Revision"), "correction_reason": QT_TRANSLATE_NOOP("fields", "Correction reason"),
    "body": QT_TRANSLATE_NOOP("fields", "Text"), "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "posted_on": QT_TRANSLATE_NOOP("fields", "Posted on"), "period_value": QT_TRANSLATE_NOOP("fields", "Period"),
    "period_unit": QT_TRANSLATE_NOOP("fields", "Period unit"), "ends_on": QT_TRANSLATE_NOOP("fields", "Ends on"),
    "reviewed_by": QT_TRANSLATE_NOOP("fields", "Reviewed by"), "reviewed_on": QT_TRANSLATE_NOOP("fields", "Reviewed on"),
    "review_opinion": QT_TRANSLATE_NOOP("fields", "Review opinion"), "position": QT_TRANSLATE_NOOP("fields", "Position"),
    "amount_fen": QT_TRANSLATE_NOOP("fields", "Amount (fen)"), "funding_source": QT_TRANSLATE_NOOP("fields", "Funding source"),
    "received_on": QT_TRANSLATE_NOOP("fields", "Received on"), "channel": QT_TRANSLATE_NOOP("fields", "Channel"),
    "content": QT_TRANSLATE_NOOP("fields", "Content"), "complainant": QT_TRANSLATE_NOOP("fields", "Complainant"),
    "complainant_contact": QT_TRANSLATE_NOOP("fields", "Complainant's contact"), "reply_due": QT_TRANSLATE_NOOP("fields", "Reply due"),
    "handled_by": QT_TRANSLATE_NOOP("fields", "Handled by"), "reply": QT_TRANSLATE_NOOP("fields", "Reply"),
    "replied_on": QT_TRANSLATE_NOOP("fields", "Replied on"), "outcome": QT_TRANSLATE_NOOP("fields", "Outcome"),
    "escalation_ref": QT_TRANSLATE_NOOP("fields", "Town reference"), "paid_on": QT_TRANSLATE_NOOP("fields", "Paid on"),
    "label": QT_TRANSLATE_NOOP("fields", "Label"), "counted": QT_TRANSLATE_NOOP("fields", "Counted"),
    "present": QT_TRANSLATE_NOOP("fields", "Present"), "attempt": QT_TRANSLATE_NOOP("fields", "Attempt"),
    "held_on": QT_TRANSLATE_NOOP("fields", "Held on"), "chair": QT_TRANSLATE_NOOP("fields", "Chair"),
    "recorder": QT_TRANSLATE_NOOP("fields", "Recorder"), "merged_steps": QT_TRANSLATE_NOOP("fields", "Steps 1 and 2 merged"),
    "unit": QT_TRANSLATE_NOOP("fields", "Counting unit"), "quorum_base_kind": QT_TRANSLATE_NOOP("fields", "Quorum base"),
    "decision_base_kind": QT_TRANSLATE_NOOP("fields", "Decision base"), "base_count": QT_TRANSLATE_NOOP("fields", "Base count"),
    "yes": QT_TRANSLATE_NOOP("fields", "Yes votes"), "no": QT_TRANSLATE_NOOP("fields", "No votes"),
    "abstain": QT_TRANSLATE_NOOP("fields", "Abstentions"), "quorum_needed": QT_TRANSLATE_NOOP("fields", "Quorum needed"),
    "yes_needed": QT_TRANSLATE_NOOP("fields", "Yes votes needed"), "valid": QT_TRANSLATE_NOOP("fields", "Valid"),
    "passed": QT_TRANSLATE_NOOP("fields", "Passed"), "reasons": QT_TRANSLATE_NOOP("fields", "Reasons"),
    "voting_method": QT_TRANSLATE_NOOP("fields", "Voting method"), "resolution": QT_TRANSLATE_NOOP("fields", "Resolution"),
    "minutes": QT_TRANSLATE_NOOP("fields", "Minutes"), "town_officials": QT_TRANSLATE_NOOP("fields", "Town officials present"),
    "notice_date": QT_TRANSLATE_NOOP("fields", "Notice date"), "notice_override_reason": QT_TRANSLATE_NOOP("fields", "Reason for short notice"),
    "started_on": QT_TRANSLATE_NOOP("fields", "Started on"), "contractor": QT_TRANSLATE_NOOP("fields", "Contractor"),
    "contract_fen": QT_TRANSLATE_NOOP("fields", "Contract amount (fen)"), "paid_fen": QT_TRANSLATE_NOOP("fields", "Paid (fen)"),
    "accepted_by": QT_TRANSLATE_NOOP("fields", "Accepted by"), "selection_date": QT_TRANSLATE_NOOP("fields", "Selection date"),
    "acceptance_result": QT_TRANSLATE_NOOP("fields", "Acceptance result"), "outstanding": QT_TRANSLATE_NOOP("fields", "Outstanding issues"),
    "overpayment_note": QT_TRANSLATE_NOOP("fields", "Overpayment note"), "asset_lessee": QT_TRANSLATE_NOOP("fields", "Lessee"),
    "asset_area": QT_TRANSLATE_NOOP("fields", "Area"), "asset_term_from": QT_TRANSLATE_NOOP("fields", "Lease from"),
    "asset_term_to": QT_TRANSLATE_NOOP("fields", "Lease to"), "asset_rent": QT_TRANSLATE_NOOP("fields", "Rent"),
    "asset_schedule": QT_TRANSLATE_NOOP("fields", "Payment schedule"),
}  # fmt: skip

BY_TABLE = {
    ("person", "name"): QT_TRANSLATE_NOOP("fields", "Full name"),
    ("household", "number"): QT_TRANSLATE_NOOP("fields", "Household number"),
    ("villager_group", "number"): QT_TRANSLATE_NOOP("fields", "Group number"),
    ("matter", "number"): QT_TRANSLATE_NOOP("fields", "Matter number"),
    ("matter_step", "body"): QT_TRANSLATE_NOOP("fields", "Meeting body"),
    ("party_membership", "status"): QT_TRANSLATE_NOOP("fields", "Membership status"),
    ("party_membership", "party_org_id"): QT_TRANSLATE_NOOP("fields", "Party branch"),
}  # fmt: skip


def table_label(table: str) -> str:
    return translate("fields", TABLES[table]) if table in TABLES else table


def field_label(table: str, column: str) -> str:
    source = BY_TABLE.get((table, column)) or COLUMNS.get(column)
    return translate("fields", source) if source else column
