"""Print jobs: read a matter (or a demonstration site) and hand plain DTOs to ``printing``.

Why a service: the documents must print exactly what the workflow recorded — the roster
snapshot, the stored verdict, the posted notice version — and never a villager's ID
number or mobile (DOMAIN.md §7.3). Only names, 村民小组 and officials' duty telephones
leave this module; everything is read in one session with the audit-log head of that
moment, which the footer of every page carries.
"""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.errors import LufengError, NotFoundError, ValidationError
from lufeng_desktop.core.phone import parse_phone
from lufeng_desktop.core.roles import PartyOrgKind, Role
from lufeng_desktop.core.rules import load_bodies, load_deadlines, load_five_haves
from lufeng_desktop.printing import checklist, documents, dossier, meeting_forms, receipts
from lufeng_desktop.printing import model as doc
from lufeng_desktop.printing.layout import format_cn_date, format_yuan
from lufeng_desktop.printing.story import public_name as public_roster_name
from lufeng_desktop.services import meetings, result_facts
from lufeng_desktop.services.implementation_view import implementation_view
from lufeng_desktop.services.matters import MatterState, catalogue, load_state
from lufeng_desktop.services.roster import derive_roster
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import audit
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import (
    DemoSite, DemoSiteInspection, DemoSiteItem, Matter, MatterDisclosure, MatterItem, MatterRosterEntry,
    MatterStep, PartyOrg, Person, RoleAssignment, Town, Village, VillagerGroup,
)  # fmt: skip

MATTER_KINDS = ("resolution-notice", "result-notice", "meeting-notice", "sign-in-sheet", "ballot", "minutes",
                "dossier", "objection-receipt")  # fmt: skip
KINDS = (*MATTER_KINDS, "demo-site-checklist")
_RESULT = {wf.Stage.PROPOSAL: "同意提议", wf.Stage.CONSULTATION: "商议通过", wf.Stage.REVIEW: "审议通过",
           wf.Stage.RESOLUTION: "表决通过"}  # fmt: skip
_SHORT_BASE = {"party_committee": "支部委员", "joint_committees": "“两委”成员", "party_congress": "有表决权的党员",
               "representatives_meeting": "组成人员"}  # fmt: skip
_CONTENT = ("提议内容", "商议内容", "审议内容", "决议内容")
_ADDRESSEES = {"party_committee": "各位支部委员", "joint_committees": "村“两委”全体成员", "party_congress": "全体党员",
               "representatives_meeting": "全体村民代表和村民委员会成员", "villagers_meeting_households": "各户户代表"}  # fmt: skip


def _stage_error(zh: str, en: str) -> LufengError:
    return LufengError(zh, en, code="stage")


def render(store: Store, kind: str, *, matter_id: str | None = None, group_id: str | None = None,
           version: int | None = None, paper: str = "A4", step: str | None = None,
           held_on: date | None = None, place: str = "", starts_at: str = "", today: date | None = None) -> bytes:
    """The PDF of document ``kind`` (see ``KINDS``) for a matter or a villager group's 示范点.

    ``version`` picks a notice revision (notices) or the N-th objection (receipt); ``step``
    picks the meeting (``proposal``…``resolution``; default the one due now, else step 4);
    ``held_on``/``place``/``starts_at`` plan a meeting that is not recorded yet.
    """
    today = today or date.today()
    if kind not in KINDS:
        raise ValidationError(f"未知的文书类型：{kind}", f"unknown document kind: {kind}", field="kind", code="kind")
    with reading(store) as session:
        head = audit.head(session)
        if kind == "demo-site-checklist":
            if not group_id:
                raise ValidationError("请用 --group 指定村民小组", "--group is required", field="group", code="required")
            return checklist.demo_site_checklist(_demo_site(session, group_id, today, head), paper)
        if not matter_id:
            raise ValidationError("请用 --matter 指定事项", "--matter is required", field="matter", code="required")
        job = _MatterJob(session, load_state(session, matter_id), head, today)
        if kind in ("resolution-notice", "result-notice"):
            return job.notice(kind, version, paper)
        if kind == "dossier":
            return dossier.dossier(job.dossier(), paper)
        if kind == "objection-receipt":
            return receipts.objection_receipt(job.objection(version), paper)
        meeting, roster, record = job.meeting(step, held_on, place, starts_at, planned_notice=kind == "meeting-notice")
        if kind == "meeting-notice":
            return meeting_forms.meeting_notice(meeting, paper)
        if kind == "sign-in-sheet":
            return documents.sign_in_sheet(meeting, roster, paper)
        if kind == "ballot":
            return meeting_forms.ballot(meeting, job.motions(), copies=2, paper=paper)
        return meeting_forms.minutes(record or doc.MinutesDoc(meeting), paper)


class _MatterJob:
    """One matter read in one session, mapped to the printing DTOs on demand."""

    def __init__(self, session: Session, state: MatterState, head: str, today: date) -> None:
        self.session, self.state, self.head, self.today = session, state, head, today
        self.matter: Matter = state.matter
        village = session.get(Village, self.matter.village_id)
        assert village is not None
        self.village = village
        town = session.get(Town, village.town_id)
        self.town_name = town.name if town else ""
        self.bodies = load_bodies()
        self._people_cache: dict[str, tuple[str, date | None]] | None = None

    # ── shared facts ──────────────────────────────────────────────────────────
    def supervision_phone(self) -> str:
        """村务监督委员会主任's telephone: a public duty number, printed in full."""
        row = self.session.execute(
            select(Person.phone).join(RoleAssignment, RoleAssignment.person_id == Person.id).where(
                RoleAssignment.village_id == self.village.id, RoleAssignment.role == str(Role.SUPERVISION_COMMITTEE),
                RoleAssignment.deleted_at.is_(None), RoleAssignment.term_start <= self.today,
                (RoleAssignment.term_end.is_(None)) | (RoleAssignment.term_end >= self.today),
            ).order_by((RoleAssignment.post != "主任"), RoleAssignment.created_at).limit(1)
        ).scalar()  # fmt: skip
        try:
            return f"村务监督委员会 {parse_phone(row).number}" if row else "村务监督委员会（村委会办公室）"
        except ValidationError:
            return "村务监督委员会（村委会办公室）"

    def issuers(self) -> tuple[str, str]:
        kind = self.session.execute(
            select(PartyOrg.kind).where(PartyOrg.village_id == self.village.id, PartyOrg.parent_id.is_(None),
                                        PartyOrg.deleted_at.is_(None)).limit(1)
        ).scalar()  # fmt: skip
        party = "总支部委员会" if kind == str(PartyOrgKind.GENERAL_BRANCH) else "支部委员会"
        return f"中共{self.village.name}{party}", meeting_forms.default_convener(self.village.name)

    def objection_channel(self) -> str:
        days = load_deadlines()["objection_reply"].days
        return (f"公示期内，村民如有异议，可以书面、口头或电话方式向村务监督委员会反映，"
                f"村民委员会在收到异议之日起{days}日内予以答复。")

    def _step_record(self, step: MatterStep) -> doc.StepRecord:
        kind = wf.Stage(step.kind)
        label = "村党组织提议及村“两委”商议（合并召开）" if step.merged_steps else wf.label(kind)
        verdict = _RESULT.get(kind, "通过") if step.passed else ("会议无效" if not step.valid else "未通过")
        return doc.StepRecord(
            label, step.held_on, self.bodies[step.body].name if step.body in self.bodies else "",
            expected=step.base_count, base_label=_SHORT_BASE.get(step.body, ""), present=step.present,
            yes=step.yes, no=step.no, abstain=step.abstain, result=verdict, unit=step.unit or "人",
        )  # fmt: skip

    def matter_doc(self, notice: MatterDisclosure) -> doc.MatterDoc:
        m = self.matter
        steps = [s for k in wf.MEETING_STAGES if (s := self.state.current(k)) is not None and s.passed]
        items = self.session.scalars(select(MatterItem).where(MatterItem.matter_id == m.id, MatterItem.deleted_at.is_(None))
                                     .order_by(MatterItem.position))  # fmt: skip
        resolution = self.state.current(wf.Stage.RESOLUTION)
        kind = catalogue().get(m.matter_type)
        return doc.MatterDoc(
            village_name=self.village.name, town_name=self.town_name, title=m.title,
            matter_type_label=kind.name if kind else m.matter_type, motion_source=m.motion_source,
            line_items=tuple(doc.LineItem(i.description, i.amount_fen, i.funding_source) for i in items),
            steps=tuple(self._step_record(s) for s in steps if not (s.kind == wf.Stage.CONSULTATION and _merged(steps))),
            resolution_text=(resolution.resolution if resolution else "") or m.description or m.title,
            posting_from=notice.posted_on, posting_to=notice.ends_on, objection_channel=self.objection_channel(),
            supervision_phone=self.supervision_phone(), issuers=self.issuers(),
            supervision_reviewer=notice.reviewed_by or None, audit_head=self.head,
            selection_method=m.selection_method, time_frame=m.time_frame,
        )  # fmt: skip

    # ── notices ───────────────────────────────────────────────────────────────
    def _disclosure(self, kind: wf.DisclosureKind, version: int | None) -> MatterDisclosure:
        rows = sorted((d for d in self.state.disclosures if d.kind == kind), key=lambda d: d.revision)
        label = wf.DISCLOSURE_LABELS[kind]
        if not rows:
            raise _stage_error(f"事项“{self.matter.title}”尚未登记{label}（须先登记张贴日期和公示期），无法打印公示",
                               f"the matter has no {kind} disclosure recorded yet; record it before printing")
        if version is None:
            return rows[-1]
        for row in rows:
            if row.revision == version:
                return row
        raise NotFoundError(f"{label}没有第{version}版（共{len(rows)}版）", f"{kind} notice has no version {version}",
                            code="version_not_found")  # fmt: skip

    def notice(self, kind: str, version: int | None, paper: str) -> bytes:
        if kind == "resolution-notice":
            return documents.resolution_notice(self.matter_doc(self._disclosure(wf.DisclosureKind.RESOLUTION, version)), paper)
        result = self._disclosure(wf.DisclosureKind.RESULT, version)
        resolution = self._disclosure(wf.DisclosureKind.RESOLUTION, None)
        impl = self.state.passed_step(wf.Stage.IMPLEMENTATION)
        if impl is None:
            raise _stage_error("事项尚未登记组织实施情况，无法打印实施结果公示", "implementation not recorded yet")
        implementation = result_facts.implementation_doc(self.session, impl, resolution, result, self.head)
        return documents.result_notice(self.matter_doc(result), implementation, paper)

    # ── meetings ──────────────────────────────────────────────────────────────
    def motions(self) -> tuple[str, ...]:
        total = sum(i.amount_fen for i in self.session.scalars(
            select(MatterItem).where(MatterItem.matter_id == self.matter.id, MatterItem.deleted_at.is_(None))))
        return (f"同意{self.matter.title}" + (f"（总金额{format_yuan(total)}）" if total else ""),)

    def meeting(self, step: str | None, held_on: date | None, place: str, starts_at: str, *,
                planned_notice: bool) -> tuple[doc.MeetingDoc, list[doc.RosterEntry], doc.MinutesDoc | None]:
        stage = wf.Stage(self.matter.stage)
        kind = wf.Stage(step) if step else (stage if stage in wf.MEETING_STAGES else wf.Stage.RESOLUTION)
        if kind not in wf.MEETING_STAGES:
            raise ValidationError(f"“{wf.label(kind)}”不是会议步骤", f"'{step}' is not a meeting step", field="step", code="step")
        order = wf.ORDER.index
        if stage == wf.Stage.ENDED or stage != kind:
            recorded = self.state.current(kind)
            if recorded is None:
                raise _stage_error(f"事项尚未进行到“{wf.label(kind)}”，无法打印该会议的文书",
                                   f"the matter has not reached the '{kind}' meeting yet")
            if stage != wf.Stage.ENDED and order(stage) < order(kind):
                raise _stage_error(f"事项尚未进行到“{wf.label(kind)}”", f"the matter has not reached '{kind}'")
            return self._recorded(recorded)
        return self._planned(kind, held_on, place, starts_at, planned_notice)

    def _meeting_doc(self, body: str, held_on: date, **extra: object) -> doc.MeetingDoc:
        rule = self.bodies[body]
        notice = load_deadlines()["meeting_notice"]
        days = notice.days if body in notice.bodies else None
        return doc.MeetingDoc(
            village_name=self.village.name, body_label=rule.name, held_on=held_on, matter_title=self.matter.title,
            audit_head=self.head, convener=meeting_forms.default_convener(self.village.name),
            attendees_label=_ADDRESSEES.get(body, "全体村民"), notice_days=days,
            notice_basis=f"《{notice.source.split(' ')[0]}》" if days else "", **extra,  # type: ignore[arg-type]
        )  # fmt: skip

    def _planned(self, kind: wf.Stage, held_on: date | None, place: str, starts_at: str,
                 planned_notice: bool) -> tuple[doc.MeetingDoc, list[doc.RosterEntry], None]:
        if planned_notice and held_on is None:
            raise ValidationError("会议尚未召开：请用 --held-on 指定会议日期（及 --place 地点）",
                                  "the meeting is not recorded yet: give its date with --held-on", field="held_on",
                                  code="required")  # fmt: skip
        day = held_on or self.today
        body = meetings.meeting_body(self.state, kind, None, False)
        roster = derive_roster(self.session, self.village.id, body, day, group_id=self.matter.group_id)
        entries = [doc.RosterEntry(m.name, self._group_label(m.key, m.label, m.counted), self._birth(m.key))
                   for m in roster.members]
        meeting = self._meeting_doc(body, day, place=place or "＿＿＿＿＿＿", starts_at=starts_at,
                                    expected=roster.base, notice_on=self.today if planned_notice else None)
        return meeting, entries, None

    def _recorded(self, step: MatterStep) -> tuple[doc.MeetingDoc, list[doc.RosterEntry], doc.MinutesDoc]:
        rows = list(self.session.scalars(select(MatterRosterEntry).where(
            MatterRosterEntry.step_id == step.id, MatterRosterEntry.deleted_at.is_(None)).order_by(MatterRosterEntry.position)))
        entries = [doc.RosterEntry(r.name, self._group_label(r.person_id, r.label, r.counted), self._birth(r.person_id))
                   for r in rows]
        meeting = self._meeting_doc(step.body, step.held_on, place=step.place, chair=step.chair, recorder=step.recorder,
                                    expected=step.base_count, notice_on=step.notice_date,
                                    notice_override=step.notice_override_reason)  # fmt: skip
        minutes = doc.MinutesDoc(
            meeting, record=self._step_record(step), discussion=step.minutes, resolution=step.resolution,
            verdict="；".join(json.loads(step.reasons or "[]")), town_attendees=_split(step.town_officials),
        )  # fmt: skip
        return meeting, entries, minutes

    def _group_label(self, person_id: str | None, label: str, counted: bool) -> str:
        text = self._people().get(person_id or "", ("", None))[0] or label
        return text if counted else f"{text}（列席，不计入应到）"

    def _birth(self, person_id: str | None) -> date | None:
        return self._people().get(person_id or "", ("", None))[1]

    def _people(self) -> dict[str, tuple[str, date | None]]:
        """村民小组 name and birth date (for masking minors' names) of the village's people."""
        if self._people_cache is None:
            rows = self.session.execute(
                select(Person.id, VillagerGroup.name, Person.birth_date)
                .join(VillagerGroup, VillagerGroup.id == Person.group_id, isouter=True)
                .where(Person.village_id == self.village.id))
            self._people_cache = {pid: (name or "", born) for pid, name, born in rows}
        return self._people_cache

    # ── archive and receipt ───────────────────────────────────────────────────
    def dossier(self) -> doc.DossierDoc:
        """Six sheets: the current holding of each meeting, then the two notices."""
        sheets = []
        for index, kind in enumerate(wf.MEETING_STAGES):
            step = self.state.current(kind)
            if step is None and kind is wf.Stage.CONSULTATION:
                first = self.state.current(wf.Stage.PROPOSAL)
                step = first if first is not None and first.merged_steps else None
            sheets.append(self._meeting_sheet(index, kind, step))
        for kind, stage in ((wf.DisclosureKind.RESOLUTION, wf.Stage.RESOLUTION_DISCLOSURE),
                            (wf.DisclosureKind.RESULT, wf.Stage.RESULT_DISCLOSURE)):
            sheets.append(self._notice_sheet(kind, stage))
        source = self.matter.motion_source
        return doc.DossierDoc(self.village.name, self.town_name, self.matter.title,
                              source if source in doc.MOTION_KINDS else "",
                              "" if source in doc.MOTION_KINDS else source, tuple(sheets), audit_head=self.head)

    def _meeting_sheet(self, index: int, kind: wf.Stage, step: MatterStep | None) -> doc.DossierSheet:
        if step is None:
            return doc.DossierSheet(wf.label(kind), _CONTENT[index])
        present = self.session.execute(select(MatterRosterEntry.name, MatterRosterEntry.person_id).where(
            MatterRosterEntry.step_id == step.id, MatterRosterEntry.present.is_(True),
            MatterRosterEntry.deleted_at.is_(None)).order_by(MatterRosterEntry.position))
        names = tuple(public_roster_name(n, self._birth(pid), step.held_on) for n, pid in present)
        record = self._step_record(step)
        return doc.DossierSheet(
            wf.label(kind), _CONTENT[index], held_on=step.held_on, form=record.body_label, expected=step.base_count,
            present=step.present, content=step.resolution or step.minutes,
            result=f"同意{step.yes}票，反对{step.no}票，弃权{step.abstain}票；{record.result}",
            attendees=names, town_attendees=_split(step.town_officials),
        )  # fmt: skip

    def _notice_sheet(self, kind: wf.DisclosureKind, stage: wf.Stage) -> doc.DossierSheet:
        notice = self.state.notice(kind)
        content = "公开内容" if kind is wf.DisclosureKind.RESOLUTION else "实施情况"
        impl = self.state.passed_step(wf.Stage.IMPLEMENTATION) if kind is wf.DisclosureKind.RESULT else None
        facts = result_facts.dossier_facts(implementation_view(self.session, impl)) if impl else ()
        label = wf.label(stage) if kind is wf.DisclosureKind.RESOLUTION else "组织实施及实施结果公开"
        if notice is None:  # implemented, result not posted yet: the facts still belong in the record
            return doc.DossierSheet(label, content, content=impl.minutes if impl else "", facts=facts)
        objections = [o for o in self.state.objections if o.disclosure_id == notice.id]
        answered = sum(1 for o in objections if o.outcome)
        return doc.DossierSheet(
            label, content, held_on=notice.posted_on, form=f"{notice.place}张贴", facts=facts,
            content=(impl.minutes if impl else "") or notice.body or notice.title,
            disclosure=(f"{format_cn_date(notice.posted_on)}在{notice.place}张贴，公示至{format_cn_date(notice.ends_on)}"
                        f"（第{notice.revision}版）；收到异议{len(objections)}件，已处理{answered}件。"),
            supervision="；".join(p for p in (notice.review_opinion, notice.reviewed_by and f"审核人：{notice.reviewed_by}") if p),
        )  # fmt: skip

    def objection(self, version: int | None) -> doc.ObjectionDoc:
        rows = sorted(self.state.objections, key=lambda o: (o.received_on, o.created_at))
        if not rows:
            raise _stage_error("该事项没有登记异议，无需打印受理回执", "no objection recorded for this matter")
        if version is not None and not 1 <= version <= len(rows):
            raise NotFoundError(f"该事项没有第{version}条异议（共{len(rows)}条）", f"no objection number {version}",
                                code="version_not_found")  # fmt: skip
        o = rows[-1 if version is None else version - 1]
        notice = self.session.get(MatterDisclosure, o.disclosure_id)
        return doc.ObjectionDoc(
            village_name=self.village.name, notice_title=notice.title if notice else self.matter.title,
            receipt_no=f"{self.matter.number}-{rows.index(o) + 1}", received_on=o.received_on, channel=o.channel,
            complainant=o.complainant, complainant_phone=o.complainant_contact, content=o.content,
            handled_by=o.handled_by or "村务监督委员会", reply_due=o.reply_due, supervision_phone=self.supervision_phone(),
            receiver=f"{self.village.name}村务监督委员会", audit_head=self.head,
        )  # fmt: skip


def _merged(steps: list[MatterStep]) -> bool:
    return any(s.merged_steps for s in steps)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[、,，;；\n]", text) if part.strip())


def _demo_site(session: Session, group_id: str, today: date, head: str) -> doc.DemoSiteDoc:
    group = session.get(VillagerGroup, group_id)
    if group is None or group.deleted_at is not None:
        group = session.scalars(select(VillagerGroup).where(VillagerGroup.name == group_id, VillagerGroup.deleted_at.is_(None))).first()
    if group is None:
        raise NotFoundError(f"找不到村民小组：{group_id}", f"villager group not found: {group_id}", code="group_not_found")
    site = session.scalars(select(DemoSite).where(DemoSite.group_id == group.id, DemoSite.deleted_at.is_(None))).first()
    if site is None:
        raise NotFoundError(f"{group.name}不是示范点，没有“五有”清单", f"group {group_id} is not a demonstration site",
                            code="not_demo_site")  # fmt: skip
    village = session.get(Village, group.village_id)
    town = session.get(Town, village.town_id) if village else None
    criteria = {c.code: c for c in load_five_haves()}
    items = session.scalars(select(DemoSiteItem).where(DemoSiteItem.demo_site_id == site.id, DemoSiteItem.deleted_at.is_(None)))
    order = list(criteria)
    checked = sorted(items, key=lambda i: order.index(i.criterion_code) if i.criterion_code in criteria else len(order))
    inspections = session.scalars(select(DemoSiteInspection).where(
        DemoSiteInspection.demo_site_id == site.id, DemoSiteInspection.deleted_at.is_(None)).order_by(DemoSiteInspection.inspected_on))
    return doc.DemoSiteDoc(
        village_name=village.name if village else "", town_name=town.name if town else "", group_name=group.name,
        designated_on=site.designated_on,
        items=tuple(doc.ChecklistItem(criteria[i.criterion_code].label if i.criterion_code in criteria else i.criterion_code,
                                      criteria[i.criterion_code].evidence if i.criterion_code in criteria else "",
                                      i.status, i.checked_on, i.note) for i in checked),
        service_functions=tuple(f for f in site.service_functions.splitlines() if f.strip()),
        inspections=tuple(doc.InspectionNote(i.inspected_on, i.inspector, i.notes) for i in inspections),
        printed_on=today, notes=site.notes, audit_head=head,
    )  # fmt: skip
