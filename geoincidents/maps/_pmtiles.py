"""PMTiles version 3 archives in memory: read a header and every tile, write an archive (standard library only).

A local base map (:mod:`geoincidents.maps.basemap`) reaches the page as one PMTiles archive, which the
upstream ``pmtiles`` npm package reads in the browser. This module is the Python side of that format,
following the PMTiles v3 specification (github.com/protomaps/PMTiles, ``spec/v3/spec.md``): a 127-byte
header; directories of (tile id, offset, length, run length) entries written as varints and compressed
with the archive's internal compression; tile ids numbered along a Hilbert curve, zoom level by zoom level.

Only what the base maps need: reading an archive whose directories are uncompressed or gzip-compressed
(brotli and zstd have no reader in the standard library and are refused with a clear error), and writing
a clustered archive with gzip-compressed directories and metadata (what other readers expect), with leaf
directories when the root would not fit in the first 16 KiB.
"""

from __future__ import annotations

import gzip
import json
import math
import mmap
import struct
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from geoincidents.errors import BasemapError

__all__ = [
    "COMPRESSION",
    "TILE_TYPES",
    "Header",
    "iter_tiles",
    "read_header",
    "read_metadata",
    "tile_bounds",
    "tileid_to_zxy",
    "write_pmtiles",
    "zxy_to_tileid",
]

MAGIC = b"PMTiles"
HEADER_SIZE = 127
_ROOT_LIMIT = 16_384  # the header and the root directory must fit in the first 16 KiB
_MAX_ZOOM = 26
# the header's compression and tile-type codes
COMPRESSION: dict[int, str] = {0: "unknown", 1: "none", 2: "gzip", 3: "brotli", 4: "zstd"}
TILE_TYPES: dict[int, str] = {0: "unknown", 1: "mvt", 2: "png", 3: "jpeg", 4: "webp", 5: "avif"}
_HEADER = struct.Struct("<7sB11QBBBBBB4iB2i")

Data = bytes | mmap.mmap
"""An archive in memory, or a file mapped read-only (a large archive is never read whole)."""


@dataclass(frozen=True)
class Header:
    """The fields of a PMTiles v3 header that the base maps use (bounds in degrees)."""

    root_offset: int
    root_length: int
    metadata_offset: int
    metadata_length: int
    leaf_offset: int
    leaf_length: int
    data_offset: int
    data_length: int
    addressed_tiles: int
    internal_compression: int
    tile_compression: int
    tile_type: int
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float]
    center: tuple[int, float, float]

    @property
    def tile_format(self) -> str:
        """``mvt``, ``png``, ``jpeg``, ``webp``, ``avif`` or ``unknown``."""
        return TILE_TYPES.get(self.tile_type, "unknown")


# ---- tile ids ----------------------------------------------------------------------------------


def _rotate(n: int, x: int, y: int, rx: int, ry: int) -> tuple[int, int]:
    if ry == 0:
        if rx != 0:
            return n - 1 - y, n - 1 - x
        return y, x
    return x, y


def zxy_to_tileid(z: int, x: int, y: int) -> int:
    """The PMTiles tile id of tile ``z/x/y`` (XYZ rows, origin top left).

    Examples
    --------
    >>> [zxy_to_tileid(0, 0, 0), zxy_to_tileid(1, 0, 0), zxy_to_tileid(1, 1, 0), zxy_to_tileid(2, 0, 0)]
    [0, 1, 4, 5]
    """
    if not 0 <= z <= _MAX_ZOOM:
        raise BasemapError(f"tile zoom {z} is outside 0..{_MAX_ZOOM}")
    if not (0 <= x < 1 << z and 0 <= y < 1 << z):
        raise BasemapError(f"tile {z}/{x}/{y} is outside its zoom level")
    acc = ((1 << z) * (1 << z) - 1) // 3
    a = z - 1
    tx, ty = x, y
    s = 1 << a if z else 0
    while s > 0:
        rx, ry = tx & s, ty & s
        acc += ((3 * rx) ^ ry) * (1 << a)
        tx, ty = _rotate(s, tx, ty, rx, ry)
        s >>= 1
        a -= 1
    return acc


def tileid_to_zxy(tile_id: int) -> tuple[int, int, int]:
    """The ``(z, x, y)`` of a PMTiles tile id (the inverse of :func:`zxy_to_tileid`)."""
    z = ((3 * tile_id + 1).bit_length() - 1) // 2
    if z > _MAX_ZOOM:
        raise BasemapError(f"tile id {tile_id} is beyond zoom {_MAX_ZOOM}")
    pos = tile_id - ((1 << (2 * z)) - 1) // 3
    x = y = 0
    s = 1
    while s < (1 << z):
        rx = 1 & (pos // 2)
        ry = 1 & (pos ^ rx)
        x, y = _rotate(s, x, y, rx, ry)
        x += s * rx
        y += s * ry
        pos //= 4
        s *= 2
    return z, x, y


# ---- reading -----------------------------------------------------------------------------------


def read_header(data: Data) -> Header:
    """Parse the header of a PMTiles v3 archive; raise :class:`BasemapError` when it is not one."""
    if len(data) < HEADER_SIZE or data[:7] != MAGIC:
        raise BasemapError("not a PMTiles archive (no 'PMTiles' magic bytes)")
    fields = _HEADER.unpack_from(data)
    if fields[1] != 3:
        raise BasemapError(f"PMTiles version {fields[1]} is not supported (version 3 is)")
    (ro, rl, mo, ml, lo, ll, do, dl, addressed, _entries, _contents) = fields[2:13]
    _clustered, internal, tile_comp, tile_type, min_z, max_z = fields[13:19]
    min_lon, min_lat, max_lon, max_lat, c_zoom, c_lon, c_lat = fields[19:26]
    for name, offset, length in (("root directory", ro, rl), ("metadata", mo, ml), ("tile data", do, dl)):
        if offset + length > len(data):
            raise BasemapError(f"the PMTiles {name} runs past the end of the file (truncated archive?)")
    return Header(
        ro, rl, mo, ml, lo, ll, do, dl, addressed, internal, tile_comp, tile_type, min_z, max_z,
        (min_lon / 1e7, min_lat / 1e7, max_lon / 1e7, max_lat / 1e7), (c_zoom, c_lon / 1e7, c_lat / 1e7),
    )  # fmt: skip


def _decompress(blob: bytes, code: int, what: str) -> bytes:
    if code in (0, 1):
        return blob
    if code == 2:
        try:
            return gzip.decompress(blob)
        except (OSError, EOFError) as exc:
            raise BasemapError(f"the PMTiles {what} is not valid gzip: {exc}") from exc
    raise BasemapError(
        f"the PMTiles {what} is {COMPRESSION.get(code, str(code))}-compressed, which geoincidents cannot read; "
        "convert the archive with gzip or no internal compression (pmtiles convert)"
    )


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(buf):
            raise BasemapError("a PMTiles directory ends in the middle of a number (corrupt archive)")
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise BasemapError("a PMTiles directory holds an over-long number (corrupt archive)")


def _directory(blob: bytes) -> list[tuple[int, int, int, int]]:
    """(tile id, offset, length, run length) entries of one decompressed directory."""
    n, pos = _read_varint(blob, 0)
    if n > len(blob):  # every entry takes at least four bytes: a bigger count is corrupt
        raise BasemapError("a PMTiles directory claims more entries than it holds (corrupt archive)")
    cols: list[list[int]] = [[], [], [], []]
    for col in cols:
        for _ in range(n):
            value, pos = _read_varint(blob, pos)
            col.append(value)
    ids, runs, lengths, raw_offsets = cols
    entries: list[tuple[int, int, int, int]] = []
    tile_id = 0
    for i in range(n):
        tile_id += ids[i]
        contiguous = raw_offsets[i] == 0 and i > 0  # 0: right after the previous entry's bytes
        offset = entries[-1][1] + entries[-1][2] if contiguous else raw_offsets[i] - 1
        entries.append((tile_id, offset, lengths[i], runs[i]))
    return entries


def iter_tiles(
    data: Data, header: Header | None = None, *, keep: Callable[[int, int, int], bool] | None = None
) -> Iterator[tuple[int, int, int, bytes]]:
    """Every tile of the archive as ``(z, x, y, bytes)`` (still compressed as the archive stores it).

    ``keep(z, x, y)``, when given, chooses the tiles to read; the others are skipped unread.
    """
    head = header or read_header(data)
    pending = deque([(head.root_offset, head.root_length)])
    seen = 0
    while pending:
        offset, length = pending.popleft()
        if offset + length > len(data):
            raise BasemapError("a PMTiles leaf directory runs past the end of the file (truncated archive?)")
        seen += 1
        if seen > 100_000:
            raise BasemapError("the PMTiles archive has too many directories (corrupt archive?)")
        blob = _decompress(data[offset : offset + length], head.internal_compression, "directory")
        for tile_id, t_off, t_len, run in _directory(blob):
            if run == 0:
                pending.append((head.leaf_offset + t_off, t_len))
                continue
            start = head.data_offset + t_off
            if start + t_len > len(data):
                raise BasemapError(f"PMTiles tile {tile_id} runs past the end of the file (truncated archive?)")
            tile: bytes | None = None
            for k in range(run):
                z, x, y = tileid_to_zxy(tile_id + k)
                if keep is None or keep(z, x, y):
                    tile = data[start : start + t_len] if tile is None else tile
                    yield z, x, y, tile


def read_metadata(data: Data, header: Header | None = None) -> dict[str, Any]:
    """The archive's JSON metadata (``{}`` when it has none or it is not a JSON object)."""
    head = header or read_header(data)
    if head.metadata_length == 0:
        return {}
    blob = data[head.metadata_offset : head.metadata_offset + head.metadata_length]
    try:
        meta = json.loads(_decompress(blob, head.internal_compression, "metadata").decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


# ---- writing -----------------------------------------------------------------------------------


def _varint(value: int, out: bytearray) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _serialize(entries: list[tuple[int, int, int, int]]) -> bytes:
    out = bytearray()
    _varint(len(entries), out)
    last = 0
    for tile_id, *_ in entries:
        _varint(tile_id - last, out)
        last = tile_id
    for entry in entries:
        _varint(entry[3], out)
    for entry in entries:
        _varint(entry[2], out)
    for i, (_, offset, _length, _) in enumerate(entries):
        contiguous = i > 0 and offset == entries[i - 1][1] + entries[i - 1][2]
        _varint(0 if contiguous else offset + 1, out)
    return bytes(out)


def _gz(blob: bytes) -> bytes:
    return gzip.compress(blob, mtime=0)


def _directories(entries: list[tuple[int, int, int, int]]) -> tuple[bytes, bytes]:
    """The gzip-compressed root directory and leaf directories (no leaves when the root alone fits)."""
    root = _gz(_serialize(entries))
    if len(root) <= _ROOT_LIMIT - HEADER_SIZE:
        return root, b""
    leaf_size = 4096
    while True:
        leaves = bytearray()
        pointers = []
        for start in range(0, len(entries), leaf_size):
            chunk = entries[start : start + leaf_size]
            blob = _gz(_serialize(chunk))
            pointers.append((chunk[0][0], len(leaves), len(blob), 0))
            leaves += blob
        root = _gz(_serialize(pointers))
        if len(root) <= _ROOT_LIMIT - HEADER_SIZE:
            return root, bytes(leaves)
        leaf_size *= 2


def write_pmtiles(
    tiles: Iterable[tuple[int, int, int, bytes]],
    *,
    tile_type: str,
    tile_compression: str = "none",
    metadata: Mapping[str, Any] | None = None,
    bounds: tuple[float, float, float, float] | None = None,
) -> bytes:
    """A PMTiles v3 archive holding ``tiles`` (``(z, x, y, bytes)``), identical tiles stored once.

    Parameters
    ----------
    tiles
        The tiles, in any order (XYZ rows).
    tile_type
        ``mvt``, ``png``, ``jpeg``, ``webp`` or ``avif``.
    tile_compression
        How the tile bytes are compressed: ``none`` (images) or ``gzip`` (usual for ``mvt``).
    metadata
        JSON metadata (name, attribution, vector_layers ...).
    bounds
        (min lon, min lat, max lon, max lat); default: the extent of the tiles.
    """
    type_code = {v: k for k, v in TILE_TYPES.items()}.get(tile_type)
    comp_code = {v: k for k, v in COMPRESSION.items()}.get(tile_compression)
    if type_code is None or comp_code is None:
        raise BasemapError(f"cannot write PMTiles of tile type {tile_type!r} with {tile_compression!r} compression")
    by_id = {zxy_to_tileid(z, x, y): (z, x, y, bytes(blob)) for z, x, y, blob in tiles}
    if not by_id:
        raise BasemapError("no tiles to write")
    data = bytearray()
    where: dict[bytes, tuple[int, int]] = {}
    entries: list[tuple[int, int, int, int]] = []
    for tile_id in sorted(by_id):
        blob = by_id[tile_id][3]
        if blob not in where:
            where[blob] = (len(data), len(blob))
            data += blob
        offset, length = where[blob]
        last = entries[-1] if entries else None
        if last and last[0] + last[3] == tile_id and last[1] == offset:
            entries[-1] = (last[0], last[1], last[2], last[3] + 1)  # a run of the same tile
        else:
            entries.append((tile_id, offset, length, 1))
    root, leaves = _directories(entries)
    meta = _gz(json.dumps(dict(metadata or {}), ensure_ascii=False).encode("utf-8"))
    zooms = [t[0] for t in by_id.values()]
    box = bounds or _tile_bounds(by_id.values())
    centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    root_off = HEADER_SIZE
    meta_off = root_off + len(root)
    leaf_off = meta_off + len(meta)
    data_off = leaf_off + len(leaves)
    head = _HEADER.pack(
        MAGIC, 3, root_off, len(root), meta_off, len(meta), leaf_off, len(leaves), data_off, len(data),
        len(by_id), len(entries), len(where), 1, 2, comp_code, type_code, min(zooms), max(zooms),
        *(round(v * 1e7) for v in box), min(zooms), round(centre[0] * 1e7), round(centre[1] * 1e7),
    )  # fmt: skip
    return head + root + meta + leaves + bytes(data)


def tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of XYZ tile ``z/x/y`` (Web Mercator), in degrees."""
    n = 1 << z

    def lat(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return x / n * 360.0 - 180.0, lat(y + 1), (x + 1) / n * 360.0 - 180.0, lat(y)


def _tile_bounds(tiles: Iterable[tuple[int, int, int, bytes]]) -> tuple[float, float, float, float]:
    boxes = [tile_bounds(z, x, y) for z, x, y, _ in tiles]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
