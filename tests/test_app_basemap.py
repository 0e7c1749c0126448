"""The app's base map file setting (Streamlit's AppTest): taken from GEOINCIDENTS_BASEMAP, a good file gives no
message, a bad one a message naming it while the map is still drawn (without it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geoincidents.maps.assets import assets_ready

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _tiles import write_raster_pmtiles

APP = str(Path(__file__).resolve().parents[1] / "app.py")

pytestmark = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)


def _run() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_base_map_file_comes_from_the_environment_and_draws_without_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = write_raster_pmtiles(tmp_path / "b.pmtiles", (255, 0, 255))
    monkeypatch.setenv("GEOINCIDENTS_BASEMAP", str(base))
    at = _run()
    assert at.text_input(key="basemap_file").value == str(base)
    assert not at.error


def test_a_bad_base_map_file_is_a_message_and_the_map_is_still_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GEOINCIDENTS_BASEMAP", raising=False)
    bad = tmp_path / "notes.txt"
    bad.write_text("not tiles", encoding="utf-8")
    at = _run()
    at.text_input(key="basemap_file").set_value(str(bad)).run()
    assert not at.exception, [e.value for e in at.exception]
    messages = [e.value for e in at.error]
    assert any("notes" in m and "neither a PMTiles" in m and "drawn without it" in m for m in messages), messages
    assert not any("The map cannot be drawn" in m for m in messages)
