"""The PMTiles v3 codec (geoincidents/maps/_pmtiles.py), checked against the spec's tile ids and against the
independent ``pmtiles`` PyPI package (reading what we write, and we reading what it writes)."""

from __future__ import annotations

import gzip
import random

import pytest
from pmtiles.reader import MemorySource, Reader, all_tiles
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer

from geoincidents.errors import BasemapError, GeoincidentsError
from geoincidents.maps import _pmtiles as pm


def test_tile_ids_follow_the_spec_and_the_reference_implementation() -> None:
    # the spec's first ids: zoom 0, then zoom 1 along the Hilbert curve, then zoom 2 starts at 5
    assert [pm.zxy_to_tileid(0, 0, 0), pm.zxy_to_tileid(1, 0, 0), pm.zxy_to_tileid(1, 0, 1)] == [0, 1, 2]
    assert [pm.zxy_to_tileid(1, 1, 1), pm.zxy_to_tileid(1, 1, 0), pm.zxy_to_tileid(2, 0, 0)] == [3, 4, 5]
    rng = random.Random(7)
    for z in range(0, 21):
        for _ in range(40):
            x, y = rng.randrange(1 << z), rng.randrange(1 << z)
            tile_id = pm.zxy_to_tileid(z, x, y)
            assert tile_id == zxy_to_tileid(z, x, y)
            assert pm.tileid_to_zxy(tile_id) == (z, x, y)


def test_tile_outside_its_zoom_is_refused() -> None:
    with pytest.raises(BasemapError, match="outside its zoom"):
        pm.zxy_to_tileid(2, 4, 0)


def _pyramid() -> dict[tuple[int, int, int], bytes]:
    cells = [(z, x, y) for z in range(0, 7) for x in range(1 << z) for y in range(1 << z) if (x + y) % 3 == 0]
    return {(z, x, y): bytes([z, x % 256, y % 256]) * 5 for z, x, y in cells}


def test_what_we_write_the_reference_reader_reads() -> None:
    tiles = _pyramid()
    tiles[(6, 0, 0)] = tiles[(6, 0, 3)] = b"same"  # identical tiles are stored once
    blob = pm.write_pmtiles([(*k, v) for k, v in tiles.items()], tile_type="png", metadata={"name": "pyramid"})
    reader = Reader(MemorySource(blob))
    assert reader.header()["tile_type"] == TileType.PNG
    assert reader.metadata() == {"name": "pyramid"}
    assert dict(all_tiles(MemorySource(blob))) == tiles
    assert {(z, x, y): t for z, x, y, t in pm.iter_tiles(blob)} == tiles
    head = pm.read_header(blob)
    assert (head.min_zoom, head.max_zoom, head.tile_format) == (0, 6, "png")
    assert head.bounds[0] == pytest.approx(-180) and head.bounds[2] == pytest.approx(180)


def test_many_scattered_tiles_go_to_leaf_directories_both_readers_follow() -> None:
    rng = random.Random(1)
    tiles: dict[tuple[int, int, int], bytes] = {}
    while len(tiles) < 30_000:
        tiles[(16, rng.randrange(1 << 16), rng.randrange(1 << 16))] = rng.randbytes(rng.randrange(1, 30))
    blob = pm.write_pmtiles([(*k, v) for k, v in tiles.items()], tile_type="webp")
    head = pm.read_header(blob)
    assert head.leaf_length > 0 and pm.HEADER_SIZE + head.root_length <= 16_384
    assert dict(all_tiles(MemorySource(blob))) == tiles
    assert {(z, x, y): t for z, x, y, t in pm.iter_tiles(blob)} == tiles


def test_we_read_what_the_reference_writer_writes() -> None:
    import io

    out = io.BytesIO()
    writer = Writer(out)
    tiles = {(3, 1, 2): b"a" * 10, (3, 2, 2): b"b" * 11, (4, 9, 5): b"c" * 12}
    for (z, x, y), data in sorted(tiles.items(), key=lambda kv: zxy_to_tileid(*kv[0])):
        writer.write_tile(zxy_to_tileid(z, x, y), data)
    writer.finalize(
        {"tile_type": TileType.JPEG, "tile_compression": Compression.NONE, "min_zoom": 3, "max_zoom": 4,
         "min_lon_e7": 0, "min_lat_e7": 0, "max_lon_e7": 10_000_000, "max_lat_e7": 10_000_000,
         "center_zoom": 3, "center_lon_e7": 0, "center_lat_e7": 0},
        {"attribution": "someone"},
    )  # fmt: skip
    blob = out.getvalue()
    head = pm.read_header(blob)
    assert head.tile_format == "jpeg" and (head.min_zoom, head.max_zoom) == (3, 4)
    assert pm.read_metadata(blob, head) == {"attribution": "someone"}
    assert {(z, x, y): t for z, x, y, t in pm.iter_tiles(blob)} == tiles


def test_keep_reads_only_the_chosen_tiles() -> None:
    blob = pm.write_pmtiles([(*k, v) for k, v in _pyramid().items()], tile_type="png")
    kept = list(pm.iter_tiles(blob, keep=lambda z, x, y: z == 3 and x < 4))
    assert kept and all(z == 3 and x < 4 for z, x, _y, _t in kept)


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"not an archive at all" * 10, "no 'PMTiles' magic"),
        (b"PMTiles\x02" + bytes(200), "version 2"),
    ],
)
def test_broken_archives_are_refused_with_a_reason(blob: bytes, message: str) -> None:
    with pytest.raises(GeoincidentsError, match=message):
        pm.read_header(blob)


def test_truncated_and_corrupt_archives_are_refused() -> None:
    blob = pm.write_pmtiles([(*k, v) for k, v in _pyramid().items()], tile_type="png")
    with pytest.raises(BasemapError, match="past the end"):
        pm.read_header(blob[:-10])
    head = pm.read_header(blob)
    broken = bytearray(blob)
    broken[head.root_offset : head.root_offset + 4] = b"\x00\x01\x02\x03"
    with pytest.raises(BasemapError, match="gzip"):
        list(pm.iter_tiles(bytes(broken)))
    # a directory that claims a billion entries
    bogus = bytearray(blob)
    root = gzip.compress(b"\xff\xff\xff\xff\x0f")
    bogus[head.root_offset : head.root_offset + len(root)] = root
    bogus[8 + 8 : 8 + 16] = len(root).to_bytes(8, "little")
    with pytest.raises(BasemapError, match="corrupt"):
        list(pm.iter_tiles(bytes(bogus)))
