"""The organisation tree on the left of 村情台账: town → village/community → villager group."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.services.queries import RegisterFilter, TownNode

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Node:
    kind: str  # "town" / "village" / "group"
    id: str
    name: str
    people: int
    parent: int  # position in _nodes, -1 for top level
    row: int
    code: str = ""
    village_id: str = ""
    children: list[int] = field(default_factory=list)


class OrgTreeModel(QAbstractItemModel):
    """Nodes live in a flat list; an index's internalId is the node's position + 1."""

    FilterRole = Qt.ItemDataRole.UserRole
    KindRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self.towns: list[TownNode] = []

    def set_tree(self, towns: list[TownNode]) -> None:
        self.beginResetModel()
        self.towns = list(towns)
        self._nodes, self._top = [], []
        for t_row, town in enumerate(towns):
            t = self._add(_Node("town", town.id, town.name, town.people, -1, t_row, town.code), self._top)
            for v_row, village in enumerate(town.villages):
                v = self._add(_Node("village", village.id, village.name, village.people, t, v_row, village.code),
                              self._nodes[t].children)  # fmt: skip
                for g_row, group in enumerate(village.groups):
                    self._add(_Node("group", group.id, group.name, group.people, v, g_row, village_id=village.id),
                              self._nodes[v].children)  # fmt: skip
        self.endResetModel()

    def _add(self, node: _Node, siblings: list[int]) -> int:
        self._nodes.append(node)
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        position = int(index.internalId()) - 1
        return self._nodes[position] if 0 <= position < len(self._nodes) else None

    def _children(self, parent: Index) -> list[int]:
        node = self._node(parent)
        return self._top if node is None else node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children(parent)
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row] + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        parent = self._nodes[node.parent]
        return self.createIndex(parent.row, 0, node.parent + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("OrgTreeModel", "{0} ({1} people)").format(node.name, f"{node.people:,}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.name} {node.code}".strip()
        if role == self.KindRole:
            return node.kind
        if role == self.FilterRole:
            return self.filter_for(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return translate("OrgTreeModel", "Organisation")
        return None

    def filter_for(self, index: Index) -> RegisterFilter:
        node = self._node(index)
        if node is None:
            return RegisterFilter()
        if node.kind == "town":
            return RegisterFilter(town_id=node.id)
        if node.kind == "village":
            return RegisterFilter(village_id=node.id)
        return RegisterFilter(village_id=node.village_id, group_id=node.id)

    def find(self, kind: str, row_id: str) -> QModelIndex:
        for position, node in enumerate(self._nodes):
            if node.kind == kind and node.id == row_id:
                return self.createIndex(node.row, 0, position + 1)
        return QModelIndex()
