"""Small tile archives made by the tests themselves: solid-colour PNG tiles in PMTiles and MBTiles files."""

from __future__ import annotations

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
