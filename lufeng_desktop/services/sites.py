"""村民小组示范点 (demonstration sites): the 五有 checklist, photo evidence, service functions, inspections.

The criteria come from ``resources/rules/five_haves.toml`` (``core.rules.load_five_haves``);
a site "meets all five" when every criterion there has status 达标 — a criterion
added to the file later counts as not yet met until someone checks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.core.roles import ChecklistStatus
from lufeng_desktop.core.rules import Criterion, load_five_haves
from lufeng_desktop.services import attachments
from lufeng_desktop.services.query_common import ALL, RegisterFilter, scope_conditions
from lufeng_desktop.services.uow import reading, unit_of_work
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store


@dataclass(frozen=True)
class ChecklistItem:
    criterion_code: str
    label: str
    evidence: str  # what proof to keep (from the rules file)
    status: str  # core.roles.ChecklistStatus
    checked_on: date | None
    note: str
    attachment_id: str | None
    photo_name: str


@dataclass(frozen=True)
class Inspection:
    id: str
    inspected_on: date
    inspector: str
    notes: str


@dataclass(frozen=True)
class SiteRow:
    id: str
    town_id: str
    town_name: str
    village_id: str
    village_name: str
    group_id: str
    group_name: str
    designated_on: date | None
    service_functions: tuple[str, ...]
    notes: str
    met: int  # criteria 达标
    total: int  # criteria in the rules file
    all_met: bool


@dataclass(frozen=True)
class SiteDetail:
    site: SiteRow
    items: tuple[ChecklistItem, ...]
    inspections: tuple[Inspection, ...]  # newest first


@dataclass(frozen=True)
class SummaryLine:
    id: str
    name: str
    sites: int
    complete: int  # sites meeting all five


@dataclass(frozen=True)
class SiteSummary:
    sites: int
    complete: int
    by_town: tuple[SummaryLine, ...]
    by_village: tuple[SummaryLine, ...]  # villages with at least one site


def list_sites(store: Store, flt: RegisterFilter = ALL) -> list[SiteRow]:
    """Demonstration sites in the filter's scope, ordered by village code and group number."""
    criteria = load_five_haves()
    with reading(store) as session:
        return _sites(session, flt, criteria)


def site_detail(store: Store, site_id: str) -> SiteDetail:
    criteria = load_five_haves()
    with reading(store) as session:
        site = _live_site(session, site_id)
        row = _sites(session, RegisterFilter(village_id=site.village_id), criteria, only=site_id)[0]
        items = _items(session, [site_id])[site_id]
        names = _attachment_names(session, [i.attachment_id for i in items.values() if i.attachment_id])
        checklist = []
        for c in criteria:
            item = items.get(c.code)
            checklist.append(ChecklistItem(
                c.code, c.label, c.evidence, item.status if item else str(ChecklistStatus.NOT_MET),
                item.checked_on if item else None, item.note if item else "",
                item.attachment_id if item else None, names.get(item.attachment_id or "", "") if item else "",
            ))  # fmt: skip
        inspections = session.scalars(
            select(m.DemoSiteInspection)
            .where(m.DemoSiteInspection.demo_site_id == site_id, m.DemoSiteInspection.deleted_at.is_(None))
            .order_by(m.DemoSiteInspection.inspected_on.desc())
        )
        return SiteDetail(row, tuple(checklist), tuple(Inspection(i.id, i.inspected_on, i.inspector, i.notes) for i in inspections))


def site_summary(store: Store, flt: RegisterFilter = ALL) -> SiteSummary:
    """How many demonstration groups meet all five, overall, per town and per village."""
    sites = list_sites(store, flt)
    towns: dict[str, list[SiteRow]] = defaultdict(list)
    villages: dict[str, list[SiteRow]] = defaultdict(list)
    for s in sites:
        towns[s.town_id].append(s)
        villages[s.village_id].append(s)

    def line(key: str, rows: list[SiteRow], name: str) -> SummaryLine:
        return SummaryLine(key, name, len(rows), sum(r.all_met for r in rows))

    return SiteSummary(
        len(sites), sum(s.all_met for s in sites),
        tuple(line(k, v, v[0].town_name) for k, v in towns.items()),
        tuple(line(k, v, v[0].village_name) for k, v in villages.items()),
    )  # fmt: skip


def create_site(
    store: Store, actor: Actor, *, group_id: str, designated_on: date | None = None, service_functions: Sequence[str] = ()
) -> str:
    """Designate a villager group as a demonstration site, with every criterion 未达标."""
    with unit_of_work(store, actor, "sites.create") as session:
        group = session.get(m.VillagerGroup, group_id)
        if group is None or group.deleted_at is not None:
            raise NotFoundError("找不到该村民小组", "villager group not found", code="not_found")
        if session.scalars(select(m.DemoSite).where(m.DemoSite.group_id == group_id)).first():
            raise ValidationError(f"{group.name}已是示范点", f"{group.name} is already a demonstration site", field="group_id")
        site = m.DemoSite(village_id=group.village_id, group_id=group_id, designated_on=designated_on,
                          service_functions=_functions(service_functions), village_code=group.village_code)  # fmt: skip
        session.add(site)
        session.flush()
        for c in load_five_haves():
            session.add(m.DemoSiteItem(demo_site_id=site.id, criterion_code=c.code, status=str(ChecklistStatus.NOT_MET),
                                       village_code=group.village_code))  # fmt: skip
        return site.id


def set_item(
    store: Store, actor: Actor, *, site_id: str, criterion_code: str, status: str,
    checked_on: date | None = None, note: str | None = None,
) -> None:  # fmt: skip
    """Record one criterion's status (达标 / 整改中 / 未达标), the date it was checked and a note."""
    if status not in ChecklistStatus._value2member_map_:
        raise ValidationError(
            f"状态只能是{'、'.join(ChecklistStatus)}", f"status must be one of {', '.join(ChecklistStatus)}", field="status"
        )
    if checked_on is not None and checked_on > date.today():
        raise ValidationError("检查日期不能晚于今天", "the check date cannot be in the future", field="checked_on")
    with unit_of_work(store, actor, "sites.set_item", criterion=criterion_code, status=status) as session:
        item = _item(session, site_id, criterion_code)
        item.status = status
        item.checked_on = checked_on or date.today()
        if note is not None:
            item.note = note.strip()


def attach_photo(
    store: Store, actor: Actor, *, site_id: str, criterion_code: str, photo: Path | bytes, original_name: str = ""
) -> str:
    """Attach a photo as evidence for one criterion (replacing the previous one); returns the attachment id."""
    data = attachments.read_file(photo) if isinstance(photo, Path) else photo
    name = original_name or (photo.name if isinstance(photo, Path) else "photo")
    with unit_of_work(store, actor, "sites.attach_photo", criterion=criterion_code, file=name) as session:
        item = _item(session, site_id, criterion_code)
        row = attachments.add_in_session(session, store.data_dir, village_code=item.village_code, data=data, original_name=name)
        item.attachment_id = row.id
        return row.id


def set_service_functions(store: Store, actor: Actor, *, site_id: str, functions: Sequence[str], notes: str | None = None) -> None:
    with unit_of_work(store, actor, "sites.set_service_functions") as session:
        site = _live_site(session, site_id)
        site.service_functions = _functions(functions)
        if notes is not None:
            site.notes = notes.strip()


def add_inspection(store: Store, actor: Actor, *, site_id: str, inspected_on: date, inspector: str, notes: str) -> str:
    inspector = inspector.strip()
    if not inspector:
        raise ValidationError("请填写检查人或检查单位", "enter who inspected", field="inspector")
    if inspected_on > date.today():
        raise ValidationError("检查日期不能晚于今天", "the inspection date cannot be in the future", field="inspected_on")
    with unit_of_work(store, actor, "sites.add_inspection") as session:
        site = _live_site(session, site_id)
        row = m.DemoSiteInspection(demo_site_id=site.id, inspected_on=inspected_on, inspector=inspector,
                                   notes=notes.strip(), village_code=site.village_code)  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


# ---------------------------------------------------------------- helpers


def _functions(functions: Sequence[str]) -> str:
    return "\n".join(dict.fromkeys(f.strip() for f in functions if f.strip()))


def _live_site(session: Session, site_id: str) -> m.DemoSite:
    site = session.get(m.DemoSite, site_id)
    if site is None or site.deleted_at is not None:
        raise NotFoundError("找不到该示范点", "demonstration site not found", code="not_found")
    return site


def _item(session: Session, site_id: str, code: str) -> m.DemoSiteItem:
    if code not in {c.code for c in load_five_haves()}:
        raise ValidationError(f"没有“{code}”这一检查项", f"no checklist criterion {code!r}", field="criterion_code")
    site = _live_site(session, site_id)
    item = session.scalars(
        select(m.DemoSiteItem).where(m.DemoSiteItem.demo_site_id == site_id, m.DemoSiteItem.criterion_code == code)
    ).first()
    if item is None:  # a criterion added to the rules after the site was created
        item = m.DemoSiteItem(demo_site_id=site_id, criterion_code=code, status=str(ChecklistStatus.NOT_MET),
                              village_code=site.village_code)  # fmt: skip
        session.add(item)
    item.deleted_at = None
    return item


def _items(session: Session, site_ids: list[str]) -> dict[str, dict[str, m.DemoSiteItem]]:
    out: dict[str, dict[str, m.DemoSiteItem]] = defaultdict(dict)
    for i in range(0, len(site_ids), 500):
        query = select(m.DemoSiteItem).where(
            m.DemoSiteItem.demo_site_id.in_(site_ids[i : i + 500]), m.DemoSiteItem.deleted_at.is_(None)
        )
        for item in session.scalars(query):
            out[item.demo_site_id][item.criterion_code] = item
    return out


def _attachment_names(session: Session, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(m.Attachment.id, m.Attachment.original_name).where(m.Attachment.id.in_(ids))).all())


def _sites(session: Session, flt: RegisterFilter, criteria: tuple[Criterion, ...], only: str | None = None) -> list[SiteRow]:
    ds, g, v, t = m.DemoSite, m.VillagerGroup, m.Village, m.Town
    query = (
        select(ds, g.name, v.name, t.id, t.name)
        .join(g, g.id == ds.group_id).join(v, v.id == ds.village_id).join(t, t.id == v.town_id)
        .where(ds.deleted_at.is_(None), *scope_conditions(flt, village_col=ds.village_id, group_col=ds.group_id))
        .order_by(v.code, g.number)
    )  # fmt: skip
    if only:
        query = query.where(ds.id == only)
    rows = session.execute(query).all()
    items = _items(session, [r[0].id for r in rows])
    codes = [c.code for c in criteria]
    out = []
    for site, group_name, village_name, town_id, town_name in rows:
        met = sum(1 for code in codes if (i := items[site.id].get(code)) is not None and i.status == ChecklistStatus.MET)
        out.append(SiteRow(
            site.id, town_id, town_name, site.village_id, village_name, site.group_id, group_name, site.designated_on,
            tuple(f for f in site.service_functions.splitlines() if f.strip()), site.notes, met, len(codes),
            met == len(codes),
        ))  # fmt: skip
    return out
