"""Local base maps: a PMTiles or MBTiles file the user has, embedded in the map so that it opens offline.

An analyst on a closed network cannot reach a tile server, and a tile server tells its operator which
area the team watches. A base map file (a PMTiles v3 archive, raster or vector, or an MBTiles database,
raster or vector) is read here and reaches the page as one PMTiles archive inside the HTML, drawn by the
upstream npm packages ``pmtiles`` (raster: its ``leafletRasterLayer``) and ``protomaps-leaflet`` (vector:
its ``leafletLayer`` with the default "light" style, which reads the Protomaps basemap layers). A saved
map stays one file that opens with no network.

Size: a saved map holds at most :data:`MAX_BASEMAP_BYTES` of base map. A larger file is cut down to the
tiles that cover the map's area (with a margin) and, if that is still too large, to fewer zoom levels
(Leaflet enlarges the deepest level kept); when even one zoom level does not fit, :class:`BasemapError`
says so. Everything about a base map (which file, reading it, cutting it, its attribution) is answered
here; :func:`configured_basemap` is the one place that says which file the user configured.
"""

from __future__ import annotations

import html
import math
import mmap
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.errors import BasemapError
from geoincidents.maps import _pmtiles
from geoincidents.maps._pmtiles import tile_bounds

__all__ = [
    "BASEMAP_ENV",
    "MAX_BASEMAP_BYTES",
    "Basemap",
    "add_basemap",
    "configured_basemap",
    "load_basemap",
    "tile_bounds",
]

BASEMAP_ENV = "GEOINCIDENTS_BASEMAP"
"""Environment variable naming the local base map file (PMTiles or MBTiles) the app and the CLI use by default."""
MAX_BASEMAP_BYTES = 40 * 1024 * 1024
"""The most base map bytes one saved map holds (40 MiB, about 54 MB of HTML once base64-encoded)."""
AREA_MARGIN = 0.5
"""The area kept when a base map is cut down: the map's extent grown by this fraction on every side."""

_SQLITE_MAGIC = b"SQLite format 3\x00"
_MBTILES_FORMATS = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg", "webp": "webp", "pbf": "mvt", "mvt": "mvt"}
_TAG = re.compile(r"<[^>]*>")

if TYPE_CHECKING:
    import folium

    from geoincidents.maps._elements import LocalBasemap

Box = tuple[float, float, float, float]
Tile = tuple[int, int, int, bytes]


@dataclass(frozen=True)
class Basemap:
    """A base map ready for the page: one PMTiles archive and what the map needs to know about it."""

    archive: bytes
    tile_format: str
    min_zoom: int
    max_zoom: int
    bounds: Box
    attribution: str
    name: str
    source: Path
    cut: bool

    @property
    def vector(self) -> bool:
        """True for vector tiles (drawn by protomaps-leaflet), False for images (drawn by pmtiles)."""
        return self.tile_format == "mvt"


def configured_basemap(environ: Mapping[str, str] | None = None) -> str | None:
    """The base map file the user configured, or None.

    Read through :func:`geoincidents.config.load_config` (``$GEOINCIDENTS_BASEMAP``, else ``basemap``
    in ``geoincidents.toml``); ``"none"`` means no base map file.

    Parameters
    ----------
    environ
        The environment to read (``os.environ`` when None).
    """
    from geoincidents.config import load_config

    path = load_config(environ=environ).basemap
    return None if path is None else str(path)


def load_basemap(path: str | Path, *, area: Box | None = None, max_bytes: int = MAX_BASEMAP_BYTES) -> Basemap:
    """Read a PMTiles or MBTiles file as a base map to embed (cut down to ``area`` when it is too large).

    Parameters
    ----------
    path
        The file: a PMTiles v3 archive or an MBTiles database (told apart by their first bytes).
    area
        (min lon, min lat, max lon, max lat) the map shows; a file over ``max_bytes`` keeps only the
        tiles near it (see :data:`AREA_MARGIN`). None: the file must fit whole.
    max_bytes
        The most archive bytes to embed.

    Raises
    ------
    BasemapError
        When the file is missing or unreadable, is neither PMTiles nor MBTiles, holds no tiles, or is too
        large to embed even cut down to the area at one zoom level.
    """
    src = Path(path).expanduser()
    try:
        with src.open("rb") as fh:
            head = fh.read(16)
            stat = os.fstat(fh.fileno())
    except OSError as exc:
        raise BasemapError(f"base map file {src}: cannot be read ({exc.strerror or exc})") from exc
    return _load(src, head, stat.st_size, stat.st_mtime_ns, area, max_bytes)


@lru_cache(maxsize=2)
def _load(src: Path, head: bytes, size: int, _mtime_ns: int, area: Box | None, max_bytes: int) -> Basemap:
    """The base map of one version of a file (keyed by its size and modification time: the app redraws its map
    on every interaction, and cutting a large file down takes seconds)."""
    if head.startswith(_pmtiles.MAGIC):
        if size <= max_bytes:
            return _whole_pmtiles(src)
        tiles, info = _pmtiles_tiles(src, _keep(area, src, size, max_bytes))
    elif head.startswith(_SQLITE_MAGIC):
        tiles, info = _mbtiles_tiles(src, _keep(area, src, size, max_bytes) if size > max_bytes else None)
    else:
        raise BasemapError(f"base map file {src}: neither a PMTiles archive nor an MBTiles database")
    return _packed(src, tiles, info, max_bytes, cut=size > max_bytes)


def add_basemap(fmap: folium.Map, basemap: str | Path | Basemap, area: Box | None = None) -> LocalBasemap:
    """Add a local base map to ``fmap`` as its base layer (a path is read with :func:`load_basemap`).

    The archive is embedded in the page with the upstream ``pmtiles`` script (and ``protomaps-leaflet`` for
    vector tiles), both inlined from the offline assets. The attribution is the archive's own (as text),
    else the file's name.
    """
    from geoincidents.maps._elements import LocalBasemap  # folium only when a map is drawn
    from geoincidents.maps.assets import asset_data_uri
    from geoincidents.maps.escape import escape_text

    base = basemap if isinstance(basemap, Basemap) else load_basemap(basemap, area=area)
    scripts = [("pmtiles_js", asset_data_uri("pmtiles.js"))]
    if base.vector:
        scripts.append(("protomaps_leaflet_js", asset_data_uri("protomaps-leaflet.js")))
    credit = base.attribution or f"base map file {base.source.name}"
    layer = LocalBasemap(
        base.archive,
        vector=base.vector,
        name=escape_text(f"Base map: {base.name}"),
        attribution=escape_text(credit + (" (cut to the map's area)" if base.cut else "")),
        min_zoom=base.min_zoom,
        max_zoom=base.max_zoom,
        bounds=base.bounds,
        scripts=scripts,
    )
    layer.add_to(fmap)
    return layer


# ---- PMTiles -----------------------------------------------------------------------------------


def _basemap(
    src: Path, archive: bytes, head: _pmtiles.Header, tile_format: str, meta: Mapping[str, Any], *, cut: bool
) -> Basemap:
    """The :class:`Basemap` of a PMTiles ``archive`` made from ``src``: zooms and bounds from its header
    ``head``, credit and name from its metadata (the file's name when it has none)."""
    return Basemap(
        archive=archive,
        tile_format=tile_format,
        min_zoom=head.min_zoom,
        max_zoom=head.max_zoom,
        bounds=head.bounds,
        attribution=_plain(meta.get("attribution")),
        name=_plain(meta.get("name")) or src.name,
        source=src,
        cut=cut,
    )


def _whole_pmtiles(src: Path) -> Basemap:
    data = src.read_bytes()
    try:
        head = _pmtiles.read_header(data)
        meta = _pmtiles.read_metadata(data, head)
        next(_pmtiles.iter_tiles(data, head))
    except BasemapError as exc:
        raise BasemapError(f"base map file {src}: {exc}") from exc
    except StopIteration:
        raise BasemapError(f"base map file {src}: the archive holds no tiles") from None
    _check_format(src, head.tile_format, head.tile_compression)
    return _basemap(src, data, head, head.tile_format, meta, cut=False)


def _keep(area: Box | None, src: Path, size: int, max_bytes: int) -> Box:
    if area is None:
        raise BasemapError(
            f"base map file {src} is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.0f} MiB a saved map "
            "can hold; give the map's area to cut it down, or cut it yourself (pmtiles extract --bbox)"
        )
    return area


def _pmtiles_tiles(src: Path, area: Box) -> tuple[list[Tile], dict[str, Any]]:
    box = _grown(area)
    with src.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        try:
            head = _pmtiles.read_header(data)
            meta = _pmtiles.read_metadata(data, head)
            _check_format(src, head.tile_format, head.tile_compression)
            tiles = list(_pmtiles.iter_tiles(data, head, keep=lambda z, x, y: _touches(z, x, y, box)))
        except BasemapError as exc:
            raise BasemapError(f"base map file {src}: {exc}") from exc
    info = {"format": head.tile_format, "compression": _pmtiles.COMPRESSION.get(head.tile_compression, "none"),
            "meta": meta}  # fmt: skip
    return tiles, info


# ---- MBTiles -----------------------------------------------------------------------------------


def _mbtiles_tiles(src: Path, area: Box | None) -> tuple[list[Tile], dict[str, Any]]:
    try:
        con = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BasemapError(f"base map file {src}: cannot be opened as an MBTiles database ({exc})") from exc
    try:
        meta = {str(k): str(v) for k, v in con.execute("SELECT name, value FROM metadata")}
        fmt = _MBTILES_FORMATS.get(meta.get("format", "").strip().lower(), "")
        tiles = list(_mbtiles_rows(con, _grown(area) if area else None))
    except sqlite3.Error as exc:
        raise BasemapError(f"base map file {src}: not a readable MBTiles database ({exc})") from exc
    finally:
        con.close()
    if not tiles:
        raise BasemapError(
            f"base map file {src}: the MBTiles database holds no tiles" + (" near the map" if area else "")
        )
    fmt = fmt or _sniff_format(tiles[0][3])
    _check_format(src, fmt)
    compression = "gzip" if fmt == "mvt" and tiles[0][3][:2] == b"\x1f\x8b" else "none"
    return tiles, {"format": fmt, "compression": compression, "meta": meta}


def _mbtiles_rows(con: sqlite3.Connection, box: Box | None) -> Iterator[Tile]:
    """The tiles as (z, x, y, bytes) in XYZ rows (MBTiles stores TMS rows, counted from the bottom)."""
    zooms = [int(z) for (z,) in con.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY zoom_level")]
    for z in zooms:
        if not 0 <= z <= 26:
            continue
        query = "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ?"
        args: list[int] = [z]
        if box is not None:
            x0, y0, x1, y1 = _tile_range(z, box)
            query += " AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?"
            args += [x0, x1, (1 << z) - 1 - y1, (1 << z) - 1 - y0]
        for x, row, blob in con.execute(query, args):
            y = (1 << z) - 1 - int(row)
            if blob and 0 <= int(x) < 1 << z and 0 <= y < 1 << z:
                yield z, int(x), y, bytes(blob)


def _sniff_format(blob: bytes) -> str:
    if blob.startswith(b"\x89PNG"):
        return "png"
    if blob.startswith(b"\xff\xd8"):
        return "jpeg"
    if blob[:4] == b"RIFF" and blob[8:12] == b"WEBP":
        return "webp"
    return "mvt"


# ---- shared ------------------------------------------------------------------------------------


def _check_format(src: Path, fmt: str, compression: int = 1) -> None:
    if fmt not in ("png", "jpeg", "webp", "mvt"):
        raise BasemapError(f"base map file {src}: tiles of type {fmt!r} cannot be drawn (png, jpeg, webp or vector)")
    if compression not in (0, 1, 2):  # a browser decompresses gzip only
        name = _pmtiles.COMPRESSION.get(compression, str(compression))
        raise BasemapError(f"base map file {src}: its tiles are {name}-compressed; a browser reads gzip or none")


def _packed(src: Path, tiles: list[Tile], info: dict[str, Any], max_bytes: int, *, cut: bool) -> Basemap:
    """One PMTiles archive of ``tiles``, dropping the deepest zoom levels until it fits in ``max_bytes``."""
    if not tiles:
        raise BasemapError(f"base map file {src}: no tiles near the map's area")
    meta: dict[str, Any] = info["meta"]
    zooms = sorted({t[0] for t in tiles})
    for top in reversed(zooms):
        kept = [t for t in tiles if t[0] <= top]
        if sum(len(blob) for blob in {t[3] for t in kept}) > max_bytes:  # identical tiles are stored once
            continue
        archive = _pmtiles.write_pmtiles(
            kept,
            tile_type=info["format"],
            tile_compression=info["compression"],
            metadata={k: v for k, v in meta.items() if k in ("name", "attribution", "description", "vector_layers")},
        )
        if len(archive) > max_bytes:
            continue
        head = _pmtiles.read_header(archive)
        return _basemap(src, archive, head, info["format"], meta, cut=cut or top < zooms[-1])
    smallest = sum(len(t[3]) for t in tiles if t[0] == zooms[0])
    raise BasemapError(
        f"base map file {src}: even zoom {zooms[0]} alone near the map is {smallest / 2**20:.1f} MiB, over the "
        f"{max_bytes / 2**20:.0f} MiB a saved map can hold; use a smaller file or a tile server"
    )


def _plain(value: Any) -> str:
    """Metadata text as plain text: HTML tags dropped, entities decoded (escaped again when drawn)."""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", value)).split())[:300]


def _grown(area: Box) -> Box:
    x0, y0, x1, y1 = area
    dx, dy = (x1 - x0) * AREA_MARGIN, (y1 - y0) * AREA_MARGIN
    return max(-180.0, x0 - dx), max(-85.05, y0 - dy), min(180.0, x1 + dx), min(85.05, y1 + dy)


def _tile_range(z: int, box: Box) -> tuple[int, int, int, int]:
    """The XYZ columns and rows (x0, y0, x1, y1) of zoom ``z`` that ``box`` touches."""
    n = 1 << z

    def col(lon: float) -> int:
        return min(n - 1, max(0, int((lon + 180.0) / 360.0 * n)))

    def row(lat: float) -> int:
        rad = math.radians(max(-85.05, min(85.05, lat)))
        return min(n - 1, max(0, int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)))

    return col(box[0]), row(box[3]), col(box[2]), row(box[1])


def _touches(z: int, x: int, y: int, box: Box) -> bool:
    x0, y0, x1, y1 = _tile_range(z, box)
    return x0 <= x <= x1 and y0 <= y <= y1
