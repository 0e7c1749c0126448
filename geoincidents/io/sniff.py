"""Bytes in: a path, bytes or an upload loaded within the size limits, its container recognised, its text decoded.

The container is recognised from the content, never from the file name: a SQLite header is a
GeoPackage, text starting with ``{`` or ``[`` is JSON (GeoJSON or a table of records), other text is
CSV. Archives, images, PDFs, executables and XML are refused with what they look like. Text is UTF-8
(a BOM is fine) or UTF-16 (with a BOM, or recognised by its zero bytes); otherwise Windows Arabic
(cp1256) when that yields Arabic letters, else cp1252. Many control characters in the first 64 KiB
mean binary data, refused; a few stray ones are removed (and reported).

A large UTF-8 CSV is not decoded into one Python string at all when its records can be read from
the bytes (see :mod:`geoincidents.io.csvfile`): only its first mebibyte is decoded here, the reader
checks the rest is UTF-8, and :meth:`Sniffed.text` decodes everything only when it is needed.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from geoincidents.errors import IncidentReadError
from geoincidents.io.limits import MAX_FILE_BYTES, FileLimitError

__all__ = ["HEAD_CHARS", "Sniffed", "load_source", "sniff"]

HEAD_CHARS = 1 << 20
"""Characters decoded up front: enough for the header search, the delimiter and the container."""
_SNIFF_BYTES = 65536
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_STRAY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_SPACE = re.compile(r"[^\ufeff \t\r\n]")  # finding one stops the search: no copy of a large text
_NOT_SPACE_BYTES = re.compile(rb"\S")
_VISIBLE = re.compile(r"\S")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (an .xlsx workbook or a zipped shapefile renamed?); save it as CSV first"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
    (b"%PDF", "a PDF document, not a table"),
    (b"\x89PNG", "a PNG image, not a table"),
    (b"\xff\xd8\xff", "a JPEG image, not a table"),
    (b"GIF8", "a GIF image, not a table"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.xls?); save it as CSV first"),
    (b"\x7fELF", "an executable, not a table"),
    (b"MZ", "a Windows executable, not a table"),
)


def load_source(source: Any, name: str | None, max_bytes: int) -> tuple[bytes | str, str]:
    """Return the content (bytes, or str for a text stream) and a label naming the source."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = name or str(path)
        if not path.exists():
            raise FileNotFoundError(f"incident file not found: {path}")
        if path.is_dir():
            raise IncidentReadError(label, "is a folder, not a file")
        if not path.is_file():
            raise IncidentReadError(label, "is not a regular file (a device or a pipe?)")
        on_disk = path.stat().st_size
        if on_disk > MAX_FILE_BYTES:
            raise FileLimitError(label, f"is {on_disk} bytes, above the {MAX_FILE_BYTES}-byte limit for files")
        return path.read_bytes(), label
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "<bytes>"
    elif hasattr(source, "read"):
        label = name or str(getattr(source, "name", "") or "<upload>")
        declared = getattr(source, "size", None)
        if isinstance(declared, int) and declared > max_bytes:
            raise FileLimitError(label, f"is {declared} bytes, above the {max_bytes}-byte limit")
        stream: BinaryIO | TextIO = source
        if getattr(stream, "seekable", lambda: False)():
            stream.seek(0)
        content = stream.read(max_bytes + 1)
        if not isinstance(content, (bytes, bytearray, str)):
            raise TypeError(f"{label}: read() returned {type(content).__name__}, not bytes or text")
        if len(content) > max_bytes:
            raise FileLimitError(label, f"is larger than the {max_bytes}-byte limit for uploads")
        return (content if isinstance(content, str) else bytes(content)), label
    else:
        raise TypeError(f"source must be a path, bytes or a file-like object, got {type(source).__name__}")
    if len(data) > max_bytes:
        raise FileLimitError(label, f"is larger than the {max_bytes}-byte limit")
    return data, label


def _utf16_zeros(data: bytes, high: int) -> bool:
    """Whether ``data`` looks like UTF-16 without a BOM, high byte at offset ``high`` of each pair."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 8 or len(sample) % 2:
        return False
    half = len(sample) // 2
    return sample[high::2].count(0) > 0.3 * half and sample[1 - high :: 2].count(0) < 0.02 * half


def _decode(data: bytes, label: str) -> tuple[str, str]:
    """Decode text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1256 when Arabic results."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif _utf16_zeros(data, 1):
        encodings = ("utf-16-le",)  # UTF-16 without a BOM: the high byte of ASCII characters is zero
    elif _utf16_zeros(data, 0):
        encodings = ("utf-16-be",)
    else:
        encodings = ("utf-8", "cp1256", "cp1252", "latin-1")
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "cp1256" and not _ARABIC.search(text):
            continue  # cp1256 decodes almost anything; keep it only when it yields Arabic letters
        return text, enc
    raise IncidentReadError(label, f"cannot be decoded as text (tried {', '.join(encodings)})")


def _refuse_binary(head: str, label: str) -> None:
    sample = head[:_SNIFF_BYTES]
    bad = len(_CONTROL.findall(sample))
    if bad and bad > max(2, len(sample) // 200):
        raise IncidentReadError(
            label,
            f"looks like binary data, not text ({bad} control or undecodable characters in the first "
            f"{len(sample)} characters)",
        )


def _container(head: str, label: str) -> str:
    if not _NOT_SPACE.search(head):
        raise IncidentReadError(label, "is empty" if not head else "contains only whitespace")
    visible = _VISIBLE.search(head.lstrip("\ufeff"))
    first = visible.group(0) if visible else ""
    if label.lower().endswith(".gpkg"):
        raise IncidentReadError(label, "is named .gpkg but is not a GeoPackage (no SQLite header)")
    if first == "<":
        raise IncidentReadError(label, "is XML or HTML (KML? a web page?), not CSV or GeoJSON")
    return "json" if first in "{[" else "csv"


@dataclass
class Sniffed:
    """A loaded source: its container (``csv``, ``json``, ``gpkg``), the first :data:`HEAD_CHARS` of its
    text, the encoding, and the content itself as UTF-8 bytes when it is plain UTF-8 (no BOM, no stray
    control characters; checked on the head here, on the rest by whoever reads the bytes)."""

    fmt: str
    label: str
    content: bytes | str
    head: str = ""
    encoding: str | None = None
    utf8: bytes | None = None
    notes: list[str] = field(default_factory=list)
    _text: str | None = None

    def text(self) -> str:
        """The whole text (decoded once, stray control characters removed and noted); after this,
        ``encoding`` is the one found and ``utf8`` is None when the text had to be changed."""
        if self._text is None:
            if isinstance(self.content, str):
                text, enc = self.content, None
            else:
                text, enc = _decode(self.content, self.label)
            text = text.lstrip("\ufeff")
            _refuse_binary(text, self.label)
            stray = len(_STRAY.findall(text))
            if stray:
                text = _STRAY.sub("", text)
                self.notes.append(f"removed {stray} stray control character(s)")
                self.utf8 = None
            if enc != "utf-8":
                self.utf8 = None
            if enc == "cp1256":
                self.notes.append("decoded as Windows Arabic (cp1256)")
            self.encoding = enc
            self._text = text
            self.head = text[:HEAD_CHARS]
        return self._text

    @property
    def decoded(self) -> bool:
        """Whether the whole text has been decoded (by :meth:`text`)."""
        return self._text is not None


def _utf8_head(content: bytes) -> str | None:
    """The first :data:`HEAD_CHARS` characters when the content starts as plain UTF-8 (no BOM), else None."""
    if (
        content.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
        or _utf16_zeros(content, 0)
        or _utf16_zeros(content, 1)
    ):
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        return decoder.decode(content[: HEAD_CHARS * 4], final=len(content) <= HEAD_CHARS * 4)[:HEAD_CHARS]
    except UnicodeDecodeError:
        return None


def sniff(content: bytes | str, label: str) -> Sniffed:
    """Recognise the container of loaded content (rules in the module docstring).

    A GeoPackage or JSON is decoded whole here; a CSV that starts as plain UTF-8 only up to its head.
    """
    if isinstance(content, bytes):
        if not _NOT_SPACE_BYTES.search(content):
            raise IncidentReadError(label, "is empty" if not content else "contains only whitespace")
        if content.startswith(b"SQLite format 3\x00"):
            return Sniffed("gpkg", label, content)
        for magic, what in _MAGIC:
            if content.startswith(magic):
                raise IncidentReadError(label, f"is {what}")
        head = _utf8_head(content)
        if head is not None and _container(head, label) == "csv":
            _refuse_binary(head, label)
            return Sniffed("csv", label, content, head, "utf-8", content)
    sniffed = Sniffed("csv", label, content)
    text = sniffed.text()
    sniffed.fmt = _container(text, label)
    return sniffed
