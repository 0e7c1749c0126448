"""Small tile archives made by the tests themselves: solid-colour PNG tiles in PMTiles and MBTiles files."""

from __future__ import annotations

import gzip
import math
import sqlite3
import struct
import zlib
from pathlib import Path

from geoincidents.maps._pmtiles import write_pmtiles

# central Baghdad, around the Green Zone
BAGHDAD = (44.30, 33.24, 44.50, 33.40)


def solid_png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A ``size`` x ``size`` PNG of one colour (written by hand: no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def tiles_over(box: tuple[float, float, float, float], zooms: range) -> list[tuple[int, int, int]]:
    """Every XYZ tile of ``zooms`` that touches ``box`` (lon/lat)."""
    out = []
    for z in zooms:
        n = 1 << z

        def col(lon: float, n: int = n) -> int:
            return min(n - 1, int((lon + 180) / 360 * n))

        def row(lat: float, n: int = n) -> int:
            return min(n - 1, int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n))

        out += [(z, x, y) for x in range(col(box[0]), col(box[2]) + 1) for y in range(row(box[3]), row(box[1]) + 1)]
    return out


Box = tuple[float, float, float, float]


def write_raster_pmtiles(
    path: Path, rgb: tuple[int, int, int], zooms: range = range(10, 15), box: Box = BAGHDAD, attribution: str = "Test"
) -> Path:
    png = solid_png(rgb)
    blob = write_pmtiles([(z, x, y, png) for z, x, y in tiles_over(box, zooms)], tile_type="png",
                         metadata={"name": "test raster", "attribution": attribution})  # fmt: skip
    path.write_bytes(blob)
    return path


def write_raster_mbtiles(
    path: Path, rgb: tuple[int, int, int], zooms: range = range(10, 15), box: Box = BAGHDAD, attribution: str = "Test"
) -> Path:
    png = solid_png(rgb)
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        meta = {"name": "test mbtiles", "format": "png", "attribution": attribution,
                "minzoom": str(zooms.start), "maxzoom": str(zooms.stop - 1)}  # fmt: skip
        con.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        con.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, png) for z, x, y in tiles_over(box, zooms)],  # MBTiles rows count from the bottom
        )
    con.close()
    return path


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (wire type 2)."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _zigzag(n: int) -> int:
    return (n << 1) ^ (n >> 31)


def vector_tile(layer: str) -> bytes:
    """A Mapbox Vector Tile (spec 2.1, protobuf written by hand) holding one polygon over the whole tile."""
    extent, pad = 4096, 64
    side = extent + 2 * pad
    moves = [-pad, -pad, side, 0, 0, side, -side, 0]  # MoveTo, then three LineTo deltas (clockwise: exterior)
    commands = [1 | 1 << 3, *map(_zigzag, moves[:2]), 2 | 3 << 3, *map(_zigzag, moves[2:]), 7 | 1 << 3]
    geometry = b"".join(_varint(c) for c in commands)
    feature = _varint(1 << 3) + _varint(1) + _varint(3 << 3) + _varint(3) + _field(4, geometry)  # id 1, POLYGON
    body = _varint(15 << 3) + _varint(2) + _field(1, layer.encode()) + _field(2, feature)
    body += _varint(5 << 3) + _varint(extent)
    return _field(3, body)


def write_vector_pmtiles(
    path: Path, layer: str = "water", zooms: range = range(10, 15), box: Box = BAGHDAD, attribution: str = "Test"
) -> Path:
    """A vector PMTiles archive whose every tile is one polygon of ``layer`` (gzip-compressed tiles)."""
    tile = gzip.compress(vector_tile(layer), mtime=0)
    meta = {"name": "test vector", "attribution": attribution}
    tiles = [(z, x, y, tile) for z, x, y in tiles_over(box, zooms)]
    blob = write_pmtiles(tiles, tile_type="mvt", tile_compression="gzip", metadata=meta)
    path.write_bytes(blob)
    return path
