"""The app's incident-store section through Streamlit's AppTest, on a real store file."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from streamlit.testing.v1 import AppTest

from geoincidents.labels import COLUMN_TITLES, column_title
from geoincidents.maps.assets import assets_ready
from geoincidents.store.alerts import AlertRule
from geoincidents.store.incident_store import IncidentStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents
from _text import text_of as _text_of

APP = str(Path(__file__).resolve().parents[1] / "app.py")

pytestmark = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "analysts.gpkg"
    with IncidentStore(path) as store:
        store.add_incidents(landmark_incidents(8), rules=[AlertRule("gz"), AlertRule("near", max_distance_m=1000)])
    monkeypatch.setenv("GEOINCIDENTS_STORE", str(path))
    return path


def _run() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


_COLUMNS = {"status_counts": "rejected", "recent_alerts": "certainty", "distance_table": "band"}


def _table(at: AppTest, name: str) -> pd.DataFrame:
    """The first dataframe shown with the column that marks ``name``, with the machine column names back.

    The app titles its tables for a person (``geoincidents.labels.column_title``).
    """
    shown = next(d.value for d in at.dataframe if column_title(_COLUMNS[name]) in d.value.columns)
    names = (*COLUMN_TITLES, "unverified", "verified", "disputed", "rejected")
    return shown.rename(columns={column_title(c): c for c in names})


def _submit(at: AppTest, event_id: str, status: str, analyst: str, reason: str) -> AppTest:
    at.selectbox(key="review_event").set_value(event_id)
    at.selectbox(key="review_status").set_value(status)
    at.text_input(key="review_analyst").set_value(analyst)
    at.text_input(key="review_reason").set_value(reason)
    next(b for b in at.button if b.label == "Change status").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_store_from_the_environment_with_statuses_and_recent_alerts(store_path: Path) -> None:
    at = _run()
    assert at.radio(key="source_kind").value == "Incident store"
    assert at.text_input(key="store_path").value == str(store_path)
    assert not at.error
    assert next(str(m.value) for m in at.metric if m.label.startswith("Incidents shown")) == "8 of 8"
    counts = _table(at, "status_counts")
    assert counts.iloc[0].to_dict() == {"unverified": 8, "verified": 0, "disputed": 0, "rejected": 0}
    with IncidentStore(store_path) as store:
        stored = store.alerts()
    recent = _table(at, "recent_alerts")
    assert len(stored) > 0
    assert list(recent["event_id"]) == list(stored["event_id"]) and list(recent["rule_id"]) == list(stored["rule_id"])


def test_an_analyst_changes_a_status_and_it_is_audited(store_path: Path) -> None:
    at = _submit(_run(), "ev00003", "disputed", "amal", "two outlets disagree on the day")
    assert any("ev00003: unverified -> disputed, by amal" in _text_of(s.value) for s in at.success)
    audit = pyogrio.read_dataframe(store_path, layer="audit")
    change = audit[audit["action"] == "status"]
    assert list(change[["event_id", "analyst", "before", "after"]].itertuples(index=False, name=None)) == [
        ("ev00003", "amal", "unverified", "disputed")
    ]
    assert _table(at, "status_counts").iloc[0]["disputed"] == 1
    at.multiselect(key="filter_status").set_value(["disputed"]).run()
    assert next(str(m.value) for m in at.metric if m.label.startswith("Incidents shown")) == "1 of 8"
    assert list(_table(at, "distance_table")["event_id"]) == ["ev00003"]


def test_a_change_without_analyst_is_refused(store_path: Path) -> None:
    at = _submit(_run(), "ev00001", "verified", "", "looks right")
    assert any("named analyst" in e.value for e in at.error)
    assert (pyogrio.read_dataframe(store_path, layer="audit")["action"] == "status").sum() == 0


def test_a_missing_store_is_a_message_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere.gpkg"
    monkeypatch.setenv("GEOINCIDENTS_STORE", str(missing))
    at = _run()
    assert any("incident store not found" in e.value for e in at.error)
    assert not missing.exists()


_MARKDOWN_ATTACKS = (
    "![pixel](http://127.0.0.1:9/pixel.png)",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "**bold** _it_ `code` $x^2$ :red[red] :material/home: :smile: -> ~~gone~~ # heading",
)


def test_review_message_shows_analyst_and_reason_as_text(store_path: Path) -> None:
    """Issue 14: the analyst name was rendered as Markdown (an image link made the browser fetch a URL)."""
    analyst, reason = _MARKDOWN_ATTACKS[0] + " " + _MARKDOWN_ATTACKS[1], " ".join(_MARKDOWN_ATTACKS[2:])
    at = _submit(_run(), "ev00002", "verified", analyst, reason)
    shown = [s.value for s in at.success if "ev00002" in s.value]
    assert len(shown) == 1
    assert _text_of(shown[0]) == f"ev00002: unverified -> verified, by {analyst} ({reason})."
    # every character Markdown could act on arrives escaped: nothing in it is markup
    assert not re.search(r"(?<!\\)[!\[\]()<>*_`$:~#-]", shown[0].replace("\\\\", ""))


def test_a_store_that_goes_away_is_a_message_not_a_traceback(store_path: Path) -> None:
    at = _run()
    store_path.unlink()
    at = _submit(at, "ev00001", "verified", "amal", "seen")
    assert any("not found" in e.value for e in at.error), [e.value for e in at.error]


@pytest.mark.parametrize("kind", ["directory", "text file", "sqlite file"])
def test_a_store_path_that_is_not_a_store_is_a_message(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "thing.gpkg"
    if kind == "directory":
        path.mkdir()
    elif kind == "text file":
        path.write_text("<b>not</b> a store [x](http://127.0.0.1:9/)", encoding="utf-8")
    else:
        import sqlite3

        with sqlite3.connect(path) as con:
            con.execute("create table t (x)")
    monkeypatch.setenv("GEOINCIDENTS_STORE", str(path))
    at = _run()
    assert at.error, "a message names the problem"
