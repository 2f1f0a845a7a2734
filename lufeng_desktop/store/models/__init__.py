"""All mapped classes; importing this package registers them on ``Base.metadata``."""

from lufeng_desktop.store.models.attachments import Attachment
from lufeng_desktop.store.models.matters import Matter, MatterAttachment, MatterDisclosure, MatterItem, MatterObjection, MatterRosterEntry, MatterStep  # noqa: F401
from lufeng_desktop.store.models.matters import MatterPayment  # noqa: F401  (implementation facts)
from lufeng_desktop.store.models.org import (
    CentralHousehold,
    CentralHouseholdMember,
    Grid,
    GridGroup,
    PartyOrg,
    Town,
    Village,
    VillagerGroup,
)
from lufeng_desktop.store.models.people import Household, PartyMembership, Person, PersonNameGram, RoleAssignment
from lufeng_desktop.store.models import register_indexes  # noqa: F401  (indexes for services/queries.py)
from lufeng_desktop.store.models.sites import DemoSite, DemoSiteInspection, DemoSiteItem
from lufeng_desktop.store.models.system import AuditEntry, ChangeLog, Device, LocalState, User
from lufeng_desktop.store.models.sync import SyncBundleIn, SyncBundleOut, SyncChangeSeen, SyncConflict, SyncEnrolment, SyncPeer  # noqa: F401

__all__ = [
    "Attachment",
    "AuditEntry",
    "CentralHousehold",
    "CentralHouseholdMember",
    "ChangeLog",
    "DemoSite",
    "DemoSiteInspection",
    "DemoSiteItem",
    "Device",
    "Grid",
    "GridGroup",
    "Household",
    "LocalState",
    "PartyMembership",
    "PartyOrg",
    "Person",
    "RoleAssignment",
    "Town",
    "User",
    "Village",
    "VillagerGroup",
]
