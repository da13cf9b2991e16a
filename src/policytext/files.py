"""Reading policy documents from files in the encodings they come in.

Chinese policy texts arrive as UTF-8 (with or without a BOM), GB18030/GBK/GB2312 from older
Windows tools, and UTF-16 from Word exports. :func:`read_text` detects which, strictly: bytes that
no supported encoding can read raise :class:`~policytext.errors.DecodeError` naming the file and
the byte offset, never a silently garbled text.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import DecodeError

__all__ = ["decode_bytes", "read_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the share of NUL bytes in odd or even positions.

    The length is not required to be even: a truncated UTF-16 file is still UTF-16 (and then
    fails to decode with an offset), not GB18030 mojibake.
    """
    if len(data) < 4:
        return None
    sample = data[:4096 - (4096 % 2)] if len(data) > 4096 else data[: len(data) - len(data) % 2]
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without a BOM when NUL
    bytes show it, strict UTF-8, strict GB18030 (a superset of GBK and GB2312). A text that reads
    as UTF-8, Chinese included, up to a bad byte is reported as damaged UTF-8.

    >>> decode_bytes("政府工作报告".encode("gb18030"))
    ('政府工作报告', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "报告".encode())
    ('报告', 'utf-8-sig')
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes() expects bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), label
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise DecodeError(
                    f"{name}: not valid {label} at byte {offset} (starts with a {label} byte-order mark)",
                    path=name, offset=offset,
                ) from None
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"{name}: not valid {guess} at byte {exc.start} "
                f"(its NUL bytes show UTF-16 without a byte-order mark; the bytes there are "
                f"{data[exc.start:exc.start + 4]!r})",
                path=name, offset=exc.start,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A text that reads as UTF-8, Chinese included, up to a bad byte is UTF-8 with damage, not
    # GB18030 (which would "decode" it into mojibake): report the damage instead.
    prefix = data[: utf8_error.start].decode("utf-8")
    if sum(ord(c) > 0x7F for c in prefix) >= 3:
        raise DecodeError(
            f"{name}: invalid UTF-8 at byte {utf8_error.start} "
            f"(the bytes there are {data[utf8_error.start:utf8_error.start + 4]!r})",
            path=name, offset=utf8_error.start,
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        offset = exc.start
        raise DecodeError(
            f"{name}: undecodable bytes at byte {offset} "
            f"(tried utf-8, utf-16 and gb18030; the bytes there are {data[offset:offset + 4]!r})",
            path=name, offset=offset,
        ) from None
    return text, "gb18030"


def read_text(path: str | Path) -> tuple[str, str]:
    """Read a text file in any supported encoding; return ``(text, encoding)``.

    Raises:
        FileNotFoundError: the file does not exist.
        DecodeError: no supported encoding reads it.
    """
    p = Path(path)
    if p.is_dir():
        raise IsADirectoryError(f"{p}: is a directory, not a text file")
    data = p.read_bytes()
    return decode_bytes(data, name=str(p))
