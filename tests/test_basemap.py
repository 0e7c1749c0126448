"""Local base maps (geoincidents/maps/basemap.py): PMTiles and MBTiles files read, cut down to the map's
area when too large, embedded in a saved map; errors name the file and what is wrong."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest
from _tiles import BAGHDAD, solid_png, tiles_over, write_raster_mbtiles, write_raster_pmtiles
from pmtiles.reader import MemorySource, all_tiles

from geoincidents.errors import BasemapError, ConfigError, GeoincidentsError, TileSourceError
from geoincidents.maps import _pmtiles
from geoincidents.maps.basemap import BASEMAP_ENV, configured_basemap, load_basemap
from geoincidents.maps.build import build_map, save_map

MAGENTA = (255, 0, 255)


def test_a_small_pmtiles_file_is_embedded_as_it_is(tmp_path: Path) -> None:
    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA, attribution='<a href="x">© Makers</a> &amp; co')
    base = load_basemap(src)
    assert base.archive == src.read_bytes()
    assert (base.tile_format, base.min_zoom, base.max_zoom, base.vector, base.cut) == ("png", 10, 14, False, False)
    assert base.attribution == "© Makers & co"  # text, tags dropped (escaped again when drawn)
    assert base.name == "test raster"


def test_mbtiles_rows_are_flipped_to_xyz_and_repacked(tmp_path: Path) -> None:
    src = tmp_path / "b.mbtiles"
    con = sqlite3.connect(src)
    with con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        con.executemany("INSERT INTO metadata VALUES (?, ?)", [("format", "png"), ("attribution", "Ours")])
        # MBTiles counts rows from the bottom: TMS row 0 at zoom 2 is the XYZ row 3
        con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(2, 1, 0, b"bottom"), (2, 1, 3, b"top")])
    con.close()
    base = load_basemap(src)
    assert dict(all_tiles(MemorySource(base.archive))) == {(2, 1, 3): b"bottom", (2, 1, 0): b"top"}
    assert (base.tile_format, base.attribution, base.name) == ("png", "Ours", "b.mbtiles")


def test_vector_mbtiles_become_a_vector_base_map(tmp_path: Path) -> None:
    src = tmp_path / "v.mbtiles"
    con = sqlite3.connect(src)
    with con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        con.execute("INSERT INTO metadata VALUES ('format', 'pbf')")
        con.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (b"\x1f\x8b" + bytes(20),))
    con.close()
    base = load_basemap(src)
    assert base.vector and _pmtiles.read_header(base.archive).tile_compression == 2  # gzip, as stored


def test_a_file_over_the_limit_is_cut_to_the_area(tmp_path: Path) -> None:
    world = (40.0, 30.0, 50.0, 37.0)  # far more than the map shows
    src = write_raster_pmtiles(tmp_path / "big.pmtiles", MAGENTA, zooms=range(6, 12), box=world)
    limit = src.stat().st_size - 1
    with pytest.raises(BasemapError, match=r"big\.pmtiles.*over the"):
        load_basemap(src, max_bytes=limit)
    base = load_basemap(src, area=BAGHDAD, max_bytes=limit)
    assert base.cut and len(base.archive) <= limit
    kept = [k for k, _ in all_tiles(MemorySource(base.archive))]
    assert kept and len(kept) < len(tiles_over(world, range(6, 12)))
    assert set(kept) <= set(tiles_over((43.9, 33.16, 44.9, 33.48), range(6, 12)))  # the area and its margin


def _distinct_mbtiles(path: Path, zooms: range) -> dict[tuple[int, int, int], bytes]:
    """An MBTiles file whose every tile differs (so none is stored once for many); returns the tiles."""
    tiles = {(z, x, y): solid_png((z * 16 % 256, x % 256, y % 256), size=64) for z, x, y in tiles_over(BAGHDAD, zooms)}
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        con.execute("INSERT INTO metadata VALUES ('format', 'png')")
        con.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)", [(z, x, (1 << z) - 1 - y, t) for (z, x, y), t in tiles.items()]
        )
    con.close()
    return tiles


def test_deepest_zoom_levels_go_first_when_the_area_does_not_fit(tmp_path: Path) -> None:
    tiles = _distinct_mbtiles(tmp_path / "deep.mbtiles", range(10, 16))
    budget = sum(len(t) for (z, _x, _y), t in tiles.items() if z <= 13) + 4096
    assert budget < (tmp_path / "deep.mbtiles").stat().st_size
    base = load_basemap(tmp_path / "deep.mbtiles", area=BAGHDAD, max_bytes=budget)
    assert (base.min_zoom, base.max_zoom, base.cut) == (10, 13, True)  # 14 and 15 dropped
    assert len(base.archive) <= budget


def test_identical_tiles_count_once_against_the_limit(tmp_path: Path) -> None:
    src = write_raster_mbtiles(tmp_path / "same.mbtiles", MAGENTA, zooms=range(10, 16))  # one tile, many times
    base = load_basemap(src, area=BAGHDAD, max_bytes=src.stat().st_size // 4)
    assert (base.min_zoom, base.max_zoom) == (10, 15)


def test_a_large_mbtiles_file_needs_the_area(tmp_path: Path) -> None:
    _distinct_mbtiles(tmp_path / "big.mbtiles", range(10, 13))
    with pytest.raises(BasemapError, match=r"big\.mbtiles is .* MiB, over the"):
        load_basemap(tmp_path / "big.mbtiles", max_bytes=1000)


def test_too_large_even_at_one_zoom_level_is_a_clear_error(tmp_path: Path) -> None:
    src = write_raster_mbtiles(tmp_path / "m.mbtiles", MAGENTA, zooms=range(12, 13))
    with pytest.raises(BasemapError, match=r"even zoom 12 alone.*MiB"):
        load_basemap(src, area=BAGHDAD, max_bytes=100)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, I am a text file\n", "neither a PMTiles archive nor an MBTiles database"),
        (b"SQLite format 3\x00" + bytes(84), "MBTiles"),
        (b"PMTiles\x03" + bytes(20), "PMTiles"),
    ],
)
def test_files_that_are_not_base_maps_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "x.bin"
    src.write_bytes(content)
    with pytest.raises(BasemapError, match=message) as caught:
        load_basemap(src)
    assert "x.bin" in str(caught.value)


def test_missing_file_and_unsupported_compression_are_named(tmp_path: Path) -> None:
    with pytest.raises(BasemapError, match=r"nothere\.pmtiles: cannot be read"):
        load_basemap(tmp_path / "nothere.pmtiles")
    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA)
    blob = bytearray(src.read_bytes())
    blob[97] = 3  # internal compression: brotli
    src.write_bytes(bytes(blob))
    with pytest.raises(BasemapError, match="brotli"):
        load_basemap(src)
    blob[97], blob[98] = 2, 4  # gzip directories, zstd-compressed tiles: no browser reads them
    src.write_bytes(bytes(blob))
    with pytest.raises(BasemapError, match="zstd-compressed"):
        load_basemap(src)


def test_an_sqlite_file_without_tiles_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "empty.mbtiles"
    con = sqlite3.connect(src)
    with con:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.close()
    with pytest.raises(GeoincidentsError, match=r"empty\.mbtiles: not a readable MBTiles"):
        load_basemap(src)


def test_configured_basemap_reads_the_environment(tmp_path: Path) -> None:
    archive = tmp_path / "baghdad.pmtiles"
    archive.write_bytes(b"PMTiles")
    assert configured_basemap({BASEMAP_ENV: f"  {archive} "}) == str(archive)
    assert configured_basemap({BASEMAP_ENV: "  "}) is None
    assert configured_basemap({BASEMAP_ENV: "none"}) is None
    with pytest.raises(ConfigError, match=BASEMAP_ENV):
        configured_basemap({BASEMAP_ENV: str(tmp_path / "missing.pmtiles")})


def test_a_saved_map_embeds_the_base_map_and_links_nothing(tmp_path: Path) -> None:
    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA, attribution="<img src=x onerror=alert(1)>Tiles")
    html = save_map(build_map(None, tiles=None, basemap=src), tmp_path / "m.html").read_text(encoding="utf-8")
    assert "pmtiles.leafletRasterLayer" in html and "var pmtiles=" in html  # the upstream script, inlined
    assert "protomapsL" not in html  # raster only: no vector renderer
    assert "onerror" not in html.split("leafletRasterLayer", 1)[1].split("</script>", 1)[0]
    for tag in ('<script src="http', '<link href="http', "src='http"):
        assert tag not in html
    import base64

    assert base64.b64encode(src.read_bytes()).decode("ascii") in html


def test_a_vector_base_map_brings_protomaps_leaflet(tmp_path: Path) -> None:
    blob = _pmtiles.write_pmtiles([(0, 0, 0, b"\x1f\x8b" + bytes(20))], tile_type="mvt", tile_compression="gzip")
    src = tmp_path / "v.pmtiles"
    src.write_bytes(blob)
    html = build_map(None, tiles=None, basemap=src).get_root().render()
    assert "protomapsL.leafletLayer" in html and "var protomapsL=" in html


def test_tiles_and_a_base_map_file_are_one_or_the_other(tmp_path: Path) -> None:
    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA)
    with pytest.raises(TileSourceError, match="not both"):
        build_map(None, tiles="https://tiles.example.org/{z}/{x}/{y}.png", basemap=src)


def test_header_bounds_are_degrees(tmp_path: Path) -> None:
    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA)
    x0, y0, x1, y1 = load_basemap(src).bounds
    assert x0 <= BAGHDAD[0] and y0 <= BAGHDAD[1] and x1 >= BAGHDAD[2] and y1 >= BAGHDAD[3]
    assert x1 - x0 < 1 and y1 - y0 < 1
    assert struct.calcsize("<7sB11QBBBBBB4iB2i") == _pmtiles.HEADER_SIZE


def test_cli_map_takes_a_base_map_from_the_flag_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    from geoincidents.cli import main

    src = tmp_path / "in.csv"
    pd.DataFrame({"event_id": ["a"], "latitude": [33.2979], "longitude": [44.3901]}).to_csv(src, index=False)
    base = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA)
    monkeypatch.setenv("GEOINCIDENTS_TILES", "https://tiles.example.org/{z}/{x}/{y}.png")
    monkeypatch.delenv(BASEMAP_ENV, raising=False)
    assert main(["map", str(src), "-o", str(tmp_path / "flag.html"), "--basemap", str(base)]) == 0
    html = (tmp_path / "flag.html").read_text(encoding="utf-8")
    assert "leafletRasterLayer" in html and "tiles.example.org" not in html  # the file wins over env tiles
    monkeypatch.setenv(BASEMAP_ENV, str(base))
    monkeypatch.delenv("GEOINCIDENTS_TILES")
    assert main(["map", str(src), "-o", str(tmp_path / "env.html")]) == 0
    assert "leafletRasterLayer" in (tmp_path / "env.html").read_text(encoding="utf-8")
    assert main(["map", str(src), "-o", str(tmp_path / "none.html"), "--basemap", "none"]) == 0
    assert "leafletRasterLayer" not in (tmp_path / "none.html").read_text(encoding="utf-8")
    capsys.readouterr()
    bad = tmp_path / "notes.txt"
    bad.write_text("not tiles", encoding="utf-8")
    assert main(["map", str(src), "-o", str(tmp_path / "bad.html"), "--basemap", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("geoincidents map: error: base map file") and "notes.txt" in err[-1], err
    assert not (tmp_path / "bad.html").exists()


def test_a_file_is_read_once_per_version(tmp_path: Path) -> None:
    import os

    src = write_raster_pmtiles(tmp_path / "b.pmtiles", MAGENTA)
    first = load_basemap(src)
    assert load_basemap(src) is first  # the app redraws on every interaction: no second read
    write_raster_pmtiles(src, (0, 0, 255))
    stat = src.stat()
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later version of the file
    again = load_basemap(src)
    assert again is not first and again.archive != first.archive
