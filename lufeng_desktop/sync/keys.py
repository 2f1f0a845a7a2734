"""Key files: the device's Ed25519 key and, in a town profile, the town's X25519 and Ed25519 keys.

Private keys live in ``<data dir>/keys`` (0700, files 0600), never in the database:
the database is backed up, restored and copied, and a key must not travel with it.
A restored database therefore keeps its device identity (same key, new epoch).
A device's Ed25519 key doubles as its X25519 key (libsodium's documented
conversion) so the town can seal return bundles to it without a second key.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from lufeng_desktop.core.errors import StorageError

DEVICE_KEY = "device.ed25519"
TOWN_BOX_KEY = "town.x25519"
TOWN_SIGN_KEY = "town.ed25519"


def key_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def key_id(public_key: bytes) -> bytes:
    """8 bytes naming a recipient key; written in clear at the start of a bundle (it names no person)."""
    return hashlib.sha256(b"lufeng-key-id\x00" + public_key).digest()[:8]


def fingerprint(*public_keys: bytes) -> str:
    """What the two clerks read to each other on the phone: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(b"".join(public_keys)).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def _write_secret(path: Path, secret: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secret.hex().encode("ascii") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)


def _read_secret(path: Path) -> bytes:
    try:
        text = path.read_text("ascii").strip()
        secret = bytes.fromhex(text)
    except FileNotFoundError:
        raise StorageError(f"找不到密钥文件 {path.name}", f"key file {path.name} is missing", code="no_key") from None
    except (ValueError, UnicodeDecodeError):
        raise StorageError(f"密钥文件 {path.name} 已损坏", f"key file {path.name} is damaged", code="bad_key") from None
    if len(secret) != 32:
        raise StorageError(f"密钥文件 {path.name} 已损坏", f"key file {path.name} is damaged", code="bad_key")
    return secret


def device_key(data_dir: Path, *, create: bool = False) -> SigningKey:
    path = key_dir(data_dir) / DEVICE_KEY
    if create and not path.exists():
        key = SigningKey.generate()
        _write_secret(path, bytes(key))
        return key
    return SigningKey(_read_secret(path))


def has_device_key(data_dir: Path) -> bool:
    return (key_dir(data_dir) / DEVICE_KEY).exists()


def device_box_private(key: SigningKey) -> PrivateKey:
    return key.to_curve25519_private_key()


def device_box_public(verify_key: VerifyKey) -> PublicKey:
    return verify_key.to_curve25519_public_key()


@dataclass(frozen=True)
class TownKeys:
    box: PrivateKey  # receives village bundles
    sign: SigningKey  # signs return bundles

    @property
    def box_public(self) -> bytes:
        return bytes(self.box.public_key)

    @property
    def sign_public(self) -> bytes:
        return bytes(self.sign.verify_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.box_public, self.sign_public)


def create_town_keys(data_dir: Path) -> TownKeys:
    folder = key_dir(data_dir)
    if (folder / TOWN_BOX_KEY).exists() or (folder / TOWN_SIGN_KEY).exists():
        raise StorageError("这里已经有镇（街道）密钥，不会覆盖", "town keys already exist here and are never overwritten", code="exists")
    keys = TownKeys(PrivateKey.generate(), SigningKey.generate())
    _write_secret(folder / TOWN_BOX_KEY, bytes(keys.box))
    _write_secret(folder / TOWN_SIGN_KEY, bytes(keys.sign))
    return keys


def town_keys(data_dir: Path) -> TownKeys:
    folder = key_dir(data_dir)
    return TownKeys(PrivateKey(_read_secret(folder / TOWN_BOX_KEY)), SigningKey(_read_secret(folder / TOWN_SIGN_KEY)))


EXPORTED_MARK = "exported"


def exported_mark(data_dir: Path) -> tuple[int, int]:
    """(epoch, seq) of the newest bundle that ever left this installation; kept beside the keys, outside the database."""
    try:
        epoch, seq = (int(x) for x in (key_dir(data_dir) / EXPORTED_MARK).read_text("ascii").split())
        return epoch, seq
    except (OSError, ValueError):
        return 0, 0


def raise_exported_mark(data_dir: Path, epoch: int, seq: int) -> None:
    if (epoch, seq) <= exported_mark(data_dir):
        return
    path = key_dir(data_dir) / EXPORTED_MARK
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="ascii") as handle:
        handle.write(f"{epoch} {seq}\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
