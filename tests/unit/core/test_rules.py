"""The shipped rules files load, cross-reference correctly, and malformed files fail clearly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lufeng_desktop.core import rules
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.quorum import BaseKind, Comparison
from lufeng_desktop.paths import resource_path

BODIES = {
    "party_committee",
    "joint_committees",
    "party_congress",
    "villagers_meeting_persons",
    "villagers_meeting_households",
    "representatives_meeting",
    "villagers_group_meeting_persons",
    "villagers_group_meeting_households",
    "residents_meeting",
    "collective_members_meeting",
    "collective_representatives_meeting",
}
RULE_FILES = ["bodies.toml", "rule_sets.toml", "matter_types.toml", "deadlines.toml", "five_haves.toml"]


def test_shipped_bodies_load_with_sources() -> None:
    bodies = rules.load_bodies()
    assert set(bodies) == BODIES
    for rule in bodies.values():
        assert rule.name and rule.base_label
        for requirement in (rule.quorum, rule.decision):
            assert requirement.wording and requirement.source, rule.body
            assert requirement.marker in {"V", "V2", "L", "I"}
        assert rule.quorum.base is not BaseKind.PRESENT


def test_shipped_rule_sets_load() -> None:
    sets = rules.load_rule_sets()
    assert set(sets) == {"village_law", "collective_economy_2025", "land_contract_two_thirds", "party_two_thirds_attendance", "village_law_merge_1_2"}
    assert [c for c, s in sets.items() if s.allow_merge_steps_1_2] == ["village_law_merge_1_2"]  # only the named local variant
    assert not sets["village_law"].overrides


def test_collective_economy_counts_all_members() -> None:
    rule = rules.rule_for("collective_members_meeting", "collective_economy_2025")
    assert (rule.decision.threshold.num, rule.decision.threshold.den) == (2, 3)
    assert rule.decision.threshold.comparison is Comparison.AT_LEAST
    assert rule.decision.base is BaseKind.ALL_MEMBERS
    assert rule.rule_set == "collective_economy_2025"
    # Art 64: a 村民会议 acting for the collective applies the same bar.
    assert rules.rule_for("villagers_meeting_persons", "collective_economy_2025").decision.base is BaseKind.ALL_MEMBERS


def test_land_contract_overrides_decision_only() -> None:
    plain = rules.rule_for("representatives_meeting")
    land = rules.rule_for("representatives_meeting", "land_contract_two_thirds")
    assert land.quorum == plain.quorum
    assert land.decision.base is BaseKind.ALL_MEMBERS and land.decision.threshold.num == 2
    assert plain.decision.base is BaseKind.PRESENT


def test_party_local_variant_overrides_quorum_only() -> None:
    rule = rules.rule_for("party_congress", "party_two_thirds_attendance")
    assert (rule.quorum.threshold.num, rule.quorum.threshold.den, rule.quorum.marker) == (2, 3, "L")
    assert rule.decision == rules.rule_for("party_congress").decision


def test_residents_meeting_is_the_community_regime() -> None:
    rule = rules.rule_for("residents_meeting")
    assert rule.regime == "community"
    assert rule.quorum.threshold.comparison is Comparison.MORE_THAN
    assert "城市居民委员会组织法" in rule.quorum.source


@pytest.mark.parametrize(
    ("body", "rule_set", "code"),
    [
        ("nonexistent", "village_law", "unknown_body"),
        ("party_congress", "nonexistent", "unknown_rule_set"),
        ("villagers_meeting_households", "land_contract_two_thirds", "body_not_allowed"),
        ("villagers_group_meeting_households", "collective_economy_2025", "body_not_allowed"),
    ],
)
def test_rule_for_rejects(body: str, rule_set: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        rules.rule_for(body, rule_set)
    assert info.value.code == code


def test_matter_types_reference_known_rules() -> None:
    matters, thresholds = rules.load_matter_types()
    assert thresholds == ()  # the town supplies its money thresholds
    assert {"land_contract_plan", "land_compensation", "charter_village_rules", "public_welfare"} <= set(matters)
    assert matters["land_contract_plan"].rule_set == "land_contract_two_thirds"
    assert matters["charter_village_rules"].deciding_bodies == ("villagers_meeting_persons", "villagers_meeting_households")
    for matter in matters.values():  # every matter's step-4 body works under its rule set
        for body in matter.deciding_bodies:
            rules.rule_for(body, matter.rule_set)


def test_deadlines_match_the_domain() -> None:
    deadlines = rules.load_deadlines()
    assert (deadlines["resolution_disclosure"].days, deadlines["resolution_disclosure"].unit) == (5, "calendar")
    assert deadlines["meeting_notice"].days == 10
    assert {"villagers_meeting_persons", "collective_members_meeting"} <= set(deadlines["meeting_notice"].bodies)
    assert (deadlines["posting_period"].days, deadlines["posting_period"].unit) == (7, "calendar")
    assert deadlines["objection_reply"].days == 10


def test_five_haves_checklist() -> None:
    criteria = rules.load_five_haves()
    assert [c.code for c in criteria] == ["sign", "flag", "rules", "venue", "board"]
    assert [c.label for c in criteria] == ["有标识牌子", "有党旗党徽", "有规章制度", "有活动场所", "有公开栏"]
    assert all(c.evidence for c in criteria)


@pytest.mark.parametrize("name", RULE_FILES)
def test_rules_files_carry_chinese_comments(name: str) -> None:
    comments = [line for line in resource_path("rules", name).read_text("utf-8").splitlines() if line.lstrip().startswith("#")]
    assert any(re.search(r"[\u4e00-\u9fff]", line) for line in comments)


def test_aliases_resolve_chinese_names() -> None:
    aliases = rules.body_aliases()
    assert aliases["村民代表会议"] == "representatives_meeting"
    assert aliases["成员大会"] == "collective_members_meeting"


def test_core_rules_import_stays_free_of_qt_and_sqlalchemy() -> None:
    code = "import sys, lufeng_desktop.core.rules, lufeng_desktop.core.quorum; print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'sqlalchemy', 'platformdirs'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ── Malformed files ──

GOOD_BODY = """
[bodies.test_body]
name = "测试会议"
unit = "人"
[bodies.test_body.quorum]
num = 2
den = 3
comparison = "at_least"
base = "composition"
[bodies.test_body.decision]
num = 1
den = 2
comparison = "more_than"
base = "present"
"""


def _write(tmp_path: Path, text: str, name: str = "bodies.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_minimal_bodies_file_loads(tmp_path: Path) -> None:
    rule = rules.load_bodies(_write(tmp_path, GOOD_BODY))["test_body"]
    assert rule.quorum.threshold.minimum(45) == 30


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('base = "composition"', 'base = "villagers"', "bodies.test_body.quorum.base"),
        ('base = "composition"', 'base = "present"', "bodies.test_body.quorum.base"),
        ("den = 3", "den = 0", "bodies.test_body.quorum"),
        ("num = 2", "num = 4", "bodies.test_body.quorum"),
        ("num = 2", 'num = "2"', "bodies.test_body.quorum.num"),
        ("num = 2", "num = true", "bodies.test_body.quorum.num"),
        ("num = 2", "num = 2.0", "bodies.test_body.quorum.num"),
        ('comparison = "at_least"', 'comparison = "at_most"', "bodies.test_body.quorum.comparison"),
        ('comparison = "at_least"', "", "bodies.test_body.quorum"),
        ('unit = "人"', 'unit = "票"', "bodies.test_body.unit"),
        ('name = "测试会议"', "", "bodies.test_body"),
    ],
)
def test_malformed_bodies_file(tmp_path: Path, old: str, new: str, key: str) -> None:
    text = GOOD_BODY.replace(old, new, 1)
    assert text != GOOD_BODY
    with pytest.raises(ValidationError) as info:
        rules.load_bodies(_write(tmp_path, text))
    assert info.value.code == "bad_rules_file"
    assert info.value.field == key
    assert "bodies.toml" in info.value.zh


def test_missing_decision_table(tmp_path: Path) -> None:
    text = GOOD_BODY.split("[bodies.test_body.decision]")[0]
    with pytest.raises(ValidationError, match="decision"):
        rules.load_bodies(_write(tmp_path, text))


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        rules.load_bodies(_write(tmp_path, "[bodies.x\nname = 1"))
    assert info.value.code == "bad_rules_file"
    with pytest.raises(ValidationError) as info:
        rules.load_bodies(tmp_path / "absent.toml")
    assert info.value.code == "rules_missing"


def test_edited_file_is_reloaded(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_BODY)
    assert rules.load_bodies(path)["test_body"].quorum.threshold.den == 3
    path.write_text(GOOD_BODY.replace("num = 2\nden = 3", "num = 3\nden = 4", 1), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert rules.load_bodies(path)["test_body"].quorum.threshold.den == 4


RULE_SET = """
[rule_sets.village_law]
name = "默认"

[rule_sets.strict]
name = "严格"
unsupported_bodies = []
[rule_sets.strict.overrides.test_body.decision]
num = 2
den = 3
comparison = "at_least"
base = "all_members"
"""


def test_rule_set_file_applies_overrides(tmp_path: Path) -> None:
    bodies = rules.load_bodies(_write(tmp_path, GOOD_BODY))
    sets = rules.load_rule_sets(_write(tmp_path, RULE_SET, "rule_sets.toml"), bodies=bodies)
    rule = rules.rule_for("test_body", "strict", bodies=bodies, rule_sets=sets)
    assert rule.decision.base is BaseKind.ALL_MEMBERS
    assert rule.quorum == bodies["test_body"].quorum


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("overrides.test_body.decision", "overrides.ghost.decision", "ghost"),
        ("unsupported_bodies = []", 'unsupported_bodies = ["ghost"]', "ghost"),
        ("overrides.test_body.decision", "overrides.test_body.minutes", "quorum"),
        ("[rule_sets.village_law]\nname = \"默认\"", "", "village_law"),
        ('base = "all_members"', 'base = "everyone"', "everyone"),
    ],
)
def test_malformed_rule_sets_file(tmp_path: Path, old: str, new: str, fragment: str) -> None:
    bodies = rules.load_bodies(_write(tmp_path, GOOD_BODY))
    text = RULE_SET.replace(old, new, 1)
    assert text != RULE_SET
    with pytest.raises(ValidationError) as info:
        rules.load_rule_sets(_write(tmp_path, text, "rule_sets.toml"), bodies=bodies)
    assert fragment in info.value.zh


def test_town_money_thresholds_parse(tmp_path: Path) -> None:
    shipped = resource_path("rules", "matter_types.toml").read_text("utf-8")
    enabled = shipped.replace("# [[thresholds]]", "[[thresholds]]")
    enabled = re.sub(r"^# (matter_type|amount_from|required_procedure|note) =", r"\1 =", enabled, flags=re.M)
    _, thresholds = rules.load_matter_types(_write(tmp_path, enabled, "matter_types.toml"))
    assert [(t.matter_type, t.amount_from) for t in thresholds] == [("collective_project", 50000)]


def test_matter_type_with_unknown_rule_set(tmp_path: Path) -> None:
    text = '[[matter_types]]\ncode = "x"\nname = "某事项"\nrule_set = "ghost"\ndeciding_bodies = ["representatives_meeting"]\n'
    with pytest.raises(ValidationError, match="ghost"):
        rules.load_matter_types(_write(tmp_path, text, "matter_types.toml"))


@pytest.mark.parametrize(("old", "new"), [("days = 5", "days = 0"), ('unit = "calendar"', 'unit = "lunar"'), ('enforcement = "warn"', 'enforcement = "maybe"')])
def test_malformed_deadlines(tmp_path: Path, old: str, new: str) -> None:
    text = f'[deadlines.x]\nlabel = "决议公开"\ndays = 5\nunit = "calendar"\nenforcement = "warn"\n'.replace(old, new)
    with pytest.raises(ValidationError):
        rules.load_deadlines(_write(tmp_path, text, "deadlines.toml"))


def test_five_haves_needs_all_keys(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="evidence"):
        rules.load_five_haves(_write(tmp_path, '[[criteria]]\ncode = "sign"\nlabel = "有标识牌子"\n', "five_haves.toml"))
