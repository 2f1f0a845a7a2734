"""The bundle file: signed by the sender, then sealed to the recipient (RELIABILITY.md §3.2–3.3).

    file      = MAGIC(8) ‖ recipient key id(8) ‖ SealedBox(recipient, plaintext)
    plaintext = signer's Ed25519 public key(32) ‖ signature(64) ‖ body
    body      = b"LFB" ‖ format(u16) ‖ len(manifest)(u32) ‖ manifest JSON ‖ payload

One file, nothing to extract. A finder sees random bytes and a key id that
names the town office, not a person. The signature covers the whole body, so
the recipient key id inside the manifest cannot be changed to re-address a
genuine bundle; the signature is checked before a byte of the body is parsed.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from lufeng_desktop.sync.errors import BundleDamaged, BundleError, BundleFormatError, BundleNotForUs, BundleTooLarge, BundleUnknownSender
from lufeng_desktop.sync.keys import key_id

MAGIC = b"LFBUNDL\x01"
BODY_MAGIC = b"LFB"
FORMAT = 1
MAX_FILE_BYTES = 96 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
_SEAL_OVERHEAD = 48  # ephemeral public key + MAC
_MIN_PLAINTEXT = 32 + 64 + len(BODY_MAGIC) + 6


def make_body(manifest: bytes, payload: bytes, *, format_version: int = FORMAT) -> bytes:
    return BODY_MAGIC + struct.pack(">HI", format_version, len(manifest)) + manifest + payload


def body_hash(body: bytes) -> str:
    """The bundle's identity for replays and forks: the signed content, not the (randomised) ciphertext."""
    return hashlib.sha256(body).hexdigest()


def seal(body: bytes, signer: SigningKey, recipient: PublicKey) -> bytes:
    plaintext = bytes(signer.verify_key) + signer.sign(body)
    return MAGIC + key_id(bytes(recipient)) + SealedBox(recipient).encrypt(plaintext)


@dataclass(frozen=True)
class Unsealed:
    signer: bytes  # Ed25519 public key the sender claims; not trusted until ``verify``
    signed: bytes  # signature ‖ body

    def verify(self, key: bytes | None = None) -> bytes:
        """The body, if the signature is valid for ``key`` (default: the claimed signer)."""
        try:
            return VerifyKey(key or self.signer).verify(self.signed)
        except (BadSignatureError, ValueError, TypeError):
            raise BundleUnknownSender("签名无效 / signature invalid") from None


def unseal(data: bytes, recipient: PrivateKey) -> Unsealed:
    if len(data) < len(MAGIC) + 8 + _SEAL_OVERHEAD + _MIN_PLAINTEXT:
        raise BundleDamaged("文件太短 / file too short")
    if data[: len(MAGIC)] != MAGIC:
        if data[:7] == MAGIC[:7]:
            raise BundleFormatError(data[7], MAGIC[7])
        raise BundleDamaged("不是数据包文件 / not a bundle file")
    if data[len(MAGIC) : len(MAGIC) + 8] != key_id(bytes(recipient.public_key)):
        raise BundleNotForUs()
    try:
        plaintext = SealedBox(recipient).decrypt(data[len(MAGIC) + 8 :])
    except (CryptoError, ValueError, TypeError):
        raise BundleDamaged() from None
    if len(plaintext) < _MIN_PLAINTEXT:
        raise BundleDamaged("内容太短 / content too short")
    return Unsealed(plaintext[:32], plaintext[32:])


def split_body(body: bytes) -> tuple[bytes, bytes]:
    """(manifest, payload) after checking the body header and the format version."""
    if body[:3] != BODY_MAGIC:
        raise BundleDamaged("内容头无效 / bad content header")
    version, length = struct.unpack(">HI", body[3:9])
    if version != FORMAT:
        raise BundleFormatError(version, FORMAT)
    if length > MAX_MANIFEST_BYTES:
        raise BundleTooLarge("清单 / manifest ", MAX_MANIFEST_BYTES)
    if 9 + length > len(body):
        raise BundleDamaged("清单被截断 / manifest truncated")
    return body[9 : 9 + length], body[9 + length :]


def read_file(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a bundle from a stick: a regular file, size checked with stat before a byte is read."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BundleDamaged("不是普通文件 / not a regular file")
        if info.st_size > limit:
            raise BundleTooLarge("数据包文件 / bundle file ", limit)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except BundleError:
        raise
    except OSError as exc:
        raise BundleDamaged(f"无法读取 / cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise BundleTooLarge("数据包文件 / bundle file ", limit)
    return data


def write_file(folder: Path, name: str, data: bytes) -> Path:
    """Temporary name, fsync, rename, fsync the folder, read back: a pulled stick never leaves a complete-looking file."""
    final = folder / name
    temporary = folder / f".{name}.partial"
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, final)
        _fsync_dir(folder)
        if final.read_bytes() != data:  # fake-capacity sticks lie (RELIABILITY.md §1.3)
            final.unlink(missing_ok=True)
            raise OSError(5, "read-back verification failed", str(final))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return final


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
