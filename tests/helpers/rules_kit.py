"""Return bundles from the town carrying edited rules, signed with the town's real key (what a town with edited rules sends)."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from lufeng_desktop.paths import resource_path
from lufeng_desktop.sync import changes, envelope, keys, manifest as manifests

from handover_kit import World


def bundled_rules() -> dict[str, str]:
    names = ("bodies.toml", "deadlines.toml", "five_haves.toml", "matter_types.toml", "rule_sets.toml", "holidays.toml")
    return {f"rules/{n}": resource_path("rules", n).read_text("utf-8") for n in names}


def with_deadline_days(code: str, days: int) -> dict[str, str]:
    """The bundled rules with one deadline's days changed (as a town clerk edits the TOML)."""
    files = bundled_rules()
    text = files["rules/deadlines.toml"]
    head, _, rest = text.partition(f"[deadlines.{code}]")
    assert rest, code
    before, _, after = rest.partition("\ndays = ")
    files["rules/deadlines.toml"] = head + f"[deadlines.{code}]" + before + f"\ndays = {days}\n" + after.split("\n", 1)[1]
    return files


def town_return_with(world: World, village: int, reference: dict[str, str], folder: Path) -> Path:
    """A genuine return bundle (made by the town's export) re-made with ``reference`` and the next unused sequence number."""
    town_keys = keys.town_keys(world.town.data_dir)
    world.export(village, folder / "up")
    world.town_import(*sorted((folder / "up").iterdir()))
    genuine = world.town_return(folder / "genuine")
    device_key = keys.device_key(world.villages[village].data_dir)
    for path in genuine:  # a return bundle per enrolled laptop: find the one this laptop can open
        try:
            body = envelope.unseal(path.read_bytes(), keys.device_box_private(device_key)).verify(town_keys.sign_public)
        except Exception:  # noqa: BLE001 - another village's bundle
            continue
        raw, _payload = envelope.split_body(body)
        m = manifests.parse(raw)
        payload = changes.compress({"acks": {}, "resolutions": [], "reference": reference})
        seq = max(m.seq, int(world.villages[village].state("return_seq_applied") or 0)) + 1
        crafted = dataclasses.replace(m, seq=seq, prev_bundle_hash=envelope.body_hash(body), counts={"acks": 0, "resolutions": 0},
                                      payload_sha256=hashlib.sha256(payload).hexdigest(), payload_bytes=len(payload))  # fmt: skip
        sealed = envelope.seal(envelope.make_body(crafted.to_json(), payload), town_keys.sign,
                               keys.device_box_public(device_key.verify_key))  # fmt: skip
        out = folder / "edited" / f"{m.device_id}-town-{seq}.lfb"  # named as the town names it
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(sealed)
        return out
    raise AssertionError("no return bundle for this village")
