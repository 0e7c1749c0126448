"""The analyst app through Streamlit's AppTest: widgets, filters, uploads (good and bad), paste path."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geoincidents.io.incidents import write_incidents
from geoincidents.labels import COLUMN_TITLES, column_title
from geoincidents.maps.assets import assets_ready
from geoincidents.schema import INCIDENT_COLUMNS, load_sample_incidents
from geoincidents.ui.views import alerts, prepare_incidents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _text import text_of

APP = str(Path(__file__).resolve().parents[1] / "app.py")
SEED = Path(__file__).resolve().parents[1] / "data" / "reports" / "000_a1c6e357c0dae756.txt"

pytestmark = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)


def _run() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _table(at: AppTest, column: str) -> pd.DataFrame:
    """The first dataframe shown that has ``column`` (alerts: 'alert', rejected rows: 'reason', ...).

    Tables are shown with titles for a person (``column_title``); the result has the machine names back.
    """
    title = column_title(column)
    shown = next(d.value for d in at.dataframe if title in d.value.columns)
    return shown.rename(columns={column_title(c): c for c in (*COLUMN_TITLES, "row", "field", "value")})


def _date_range(at: AppTest) -> Any:
    return next(d for d in at.date_input if d.label == "Date range")


def _metric(at: AppTest, label: str) -> str:
    return next(str(m.value) for m in at.metric if m.label.startswith(label))


def test_sample_loads_with_widgets_map_alerts_and_table() -> None:
    at = _run()
    n = len(load_sample_incidents())
    assert _metric(at, "Incidents shown") == f"{n} of {n}"
    assert {w.label for w in at.multiselect} == {
        "Event type",
        "Actor",
        "Distance band",
        "Location precision (ACLED geo_precision)",
        "Review status",
    }
    assert _date_range(at).value == (
        pd.Timestamp("2021-10-19").date(),
        pd.Timestamp("2021-10-23").date(),
    )
    assert not at.error
    expected = alerts(prepare_incidents(load_sample_incidents()))
    shown = _table(at, "alert")
    assert list(shown["alert"]) == list(expected["alert"]) and len(shown) >= 1
    n_possible = int(expected["alert"].str.startswith("possibly").sum())
    assert _metric(at, "Alerts") == f"{len(expected) - n_possible} certain, {n_possible} possible"
    table = _table(at, "band")
    assert table["distance_m"].is_monotonic_increasing
    assert len(table) == n
    # every table is titled for a person: no machine column name (distance_min_m, event_id ...) on screen
    titles = [str(c) for d in at.dataframe for c in d.value.columns]
    assert "Distance (min, m)" in titles and "Event id" in titles
    assert not [t for t in titles if "_" in t or t in INCIDENT_COLUMNS], titles


def test_filters_narrow_the_incidents() -> None:
    at = _run()
    at.multiselect(key="filter_types").set_value(["Strategic developments"]).run()
    assert _metric(at, "Incidents shown") == "1 of 3"
    assert list(_table(at, "band")["event_type"]) == ["Strategic developments"]
    at.multiselect(key="filter_types").set_value([]).run()
    at.multiselect(key="filter_bands").set_value(["250-1000 m"]).run()
    assert _metric(at, "Incidents shown") == "1 of 3"
    at.multiselect(key="filter_bands").set_value([]).run()
    _date_range(at).set_value((pd.Timestamp("2021-10-23").date(), pd.Timestamp("2021-10-23").date()))
    at.run()
    assert _metric(at, "Incidents shown") == "2 of 3"
    at.multiselect(key="filter_precision").set_value([2]).run()
    assert _metric(at, "Incidents shown") == "0 of 3"
    assert any("No incident passes the filters" in w.value for w in at.warning)


def test_good_upload_is_mapped(tmp_path: Path) -> None:
    inc = prepare_incidents(load_sample_incidents())
    path = write_incidents(inc.drop(columns=["band", "breach", "inside"]), tmp_path / "ok.geojson")
    at = _run()
    at.radio(key="source_kind").set_value("Upload a file").run()
    at.file_uploader(key="upload").upload("ok.geojson", path.read_bytes(), "application/geo+json").run()
    assert not at.exception
    assert any("all 3 row(s) accepted" in i.value for i in at.info)
    assert _metric(at, "Incidents shown") == "3 of 3"


def test_bad_upload_shows_rejected_rows_not_a_traceback() -> None:
    csv = (
        b"event_id,event_date,event_type,latitude,longitude,source\n"
        b"a1,2022-08-29,Protests,33.305,44.39,ok\n"
        b"a2,2022-08-29,Riots,not-a-number,44.39,bad lat\n"
        b"a3,2022-08-30,Protests,33.31,999,bad lon\n"
    )
    at = _run()
    at.radio(key="source_kind").set_value("Upload a file").run()
    at.file_uploader(key="upload").upload("bad.csv", csv, "text/csv").run()
    assert not at.exception
    assert any("2 of 3 row(s) rejected" in e.value for e in at.error)
    rejected = _table(at, "reason")
    assert list(rejected["row"]) == [3, 4]
    assert list(rejected["field"]) == ["latitude", "longitude"]
    assert _metric(at, "Incidents shown") == "1 of 1"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("nonsense.csv", b"what,ever\n1,2\n", "no latitude/longitude columns"),
        ("broken.geojson", b"{not json", "broken.geojson"),
        ("garbage.gpkg", b"not a geopackage", "garbage.gpkg"),
    ],
)
def test_unreadable_upload_is_a_clear_message(name: str, data: bytes, expected: str) -> None:
    at = _run()
    at.radio(key="source_kind").set_value("Upload a file").run()
    at.file_uploader(key="upload").upload(name, data, "application/octet-stream").run()
    assert not at.exception
    assert any(expected in text_of(e.value) for e in at.error), [e.value for e in at.error]


def test_paste_without_text_asks_for_it() -> None:
    at = _run()
    at.button(key="extract_button").click().run()
    assert not at.exception
    assert any("Paste the text of a report first" in w.value for w in at.warning)


def test_pasted_seed_report_adds_its_incidents() -> None:
    at = _run()
    at.text_area(key="report_text").set_value(SEED.read_text(encoding="utf-8"))
    at.date_input(key="report_date").set_value(pd.Timestamp("2021-10-23").date())
    at.text_input(key="report_source").set_value("Shafaq News")
    at.button(key="extract_button").click().run()
    assert not at.exception
    assert any("incident(s) extracted" in s.value for s in at.success)
    shown = _metric(at, "Incidents shown")
    assert int(shown.split(" of ")[0]) > 3


def test_pasted_hostile_report_reaches_the_tables_as_plain_values() -> None:
    at = _run()
    at.radio(key="source_kind").set_value("Upload a file").run()
    at.text_area(key="report_text").set_value(
        "On Saturday, demonstrators shouting `${alert(1)}` and <script>alert(2)</script> reached the first wall "
        "of the suspension bridge, one of the entrances to the Green Zone."
    )
    at.date_input(key="report_date").set_value(pd.Timestamp("2021-10-23").date())
    at.text_input(key="report_source").set_value("<img src=x onerror=alert(3)>")
    at.button(key="extract_button").click().run()
    assert not at.exception
    table = _table(at, "band")
    assert list(table["source"]) == ["<img src=x onerror=alert(3)>"]  # data, shown by the grid as text
    assert not [m for m in at.markdown if "<script>" in m.value or "<img" in m.value]


@pytest.mark.parametrize(
    "url",
    [
        "https://tiles.example.org/{z}/{x}/{y}.png?k={{ cycler.__init__.__globals__.os.mkdir(dict(pwned=1)|first) }}",
        "https://tiles.example.org/{z}/{x}/{y}.png{% for x in range(9) %}{% endfor %}",
        "javascript:alert(1)//{z}/{x}/{y}",
        "https://tiles.example.org/{z}/{x}.png",
    ],
)
def test_a_bad_tile_url_is_a_message_and_the_map_is_drawn_without_tiles(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: the tile URL was evaluated as a Jinja template, or showed a traceback with file paths."""
    monkeypatch.chdir(tmp_path)
    at = _run()
    at.checkbox(key="use_tiles").check().run()
    at.text_input(key="tile_url").set_value(url).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not (tmp_path / "pwned").exists()
    messages = [e.value for e in at.error]
    assert any("tile URL template" in m and "drawn without base tiles" in m for m in messages), messages
    assert not any("The map cannot be drawn" in m for m in messages)
    assert _metric(at, "Incidents shown") == "3 of 3"


def test_the_map_is_offline_until_tiles_are_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEOINCIDENTS_TILES", raising=False)
    at = _run()
    assert at.checkbox(key="use_tiles").value is False
    monkeypatch.setenv("GEOINCIDENTS_TILES", "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png")
    at = _run()
    assert at.checkbox(key="use_tiles").value is True
    assert at.text_input(key="tile_url").value == "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png"


def test_a_good_tile_url_gives_no_message() -> None:
    at = _run()
    at.checkbox(key="use_tiles").check().run()
    at.text_input(key="tile_url").set_value("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png").run()
    assert not at.exception and not at.error


def test_the_app_measures_against_the_configured_bands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "site.toml"
    conf.write_text("bands = [100, 2000]\n", encoding="utf-8")
    monkeypatch.setenv("GEOINCIDENTS_CONFIG", str(conf))
    at = _run()
    assert not at.error
    assert at.multiselect(key="filter_bands").options == ["inside", "0-100 m", "100-2000 m", ">2000 m"]
    assert any(m.label == "Alerts: inside or within 0-100 m" for m in at.metric)
    expected = alerts(prepare_incidents(load_sample_incidents(), bands_m=(100, 2000)), (100, 2000))
    assert list(_table(at, "alert")["alert"]) == list(expected["alert"])


def test_a_bad_configuration_is_a_message_and_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "geoincidents.toml"
    conf.write_text("bands = [2000, 100]\n", encoding="utf-8")
    monkeypatch.setenv("GEOINCIDENTS_CONFIG", str(conf))
    at = _run()
    messages = [e.value for e in at.error]
    assert any(
        "configuration is not valid" in m and "band edges must be positive and increasing" in m for m in messages
    )
    assert "0-250 m" in at.multiselect(key="filter_bands").options  # the defaults are in force
