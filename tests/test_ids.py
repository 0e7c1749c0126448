"""One id module: the same report and incident get the same ids in extraction, the store and the watcher."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geoincidents import ids
from geoincidents._paths import data_path
from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.store.incident_store import IncidentStore

SEED = data_path("reports/000_a1c6e357c0dae756.txt")


def test_the_seed_report_has_one_id_everywhere(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    extracted = extract_incidents(text, published="2021-10-23", source="Shafaq News")
    assert set(extracted["report_id"]) == {ids.report_id(text)}
    with IncidentStore(tmp_path / "s.gpkg") as store:
        stored = store.add_report(text, source="Shafaq News", published="2021-10-23")
        assert stored == ids.report_id(text)
        assert store.report_sha256(stored) == ids.content_digest(text)
        store.add_incidents(extracted)
        assert set(store.query()["event_id"]) == set(extracted["event_id"])


def test_an_incident_without_an_id_gets_the_id_extraction_would_give() -> None:
    text = SEED.read_text(encoding="utf-8")
    extracted = extract_incidents(text, published="2021-10-23", source="Shafaq News")
    record = extracted.drop(columns="geometry").iloc[0].to_dict()
    assert ids.event_id(record) == record["event_id"]
    assert ids.event_id({**record, "notes": "other notes", "confidence": 0.1}) == record["event_id"]
    assert ids.event_id({**record, "landmark_id": "tahrir_square"}) != record["event_id"]


def test_merge_keys_and_filled_ids() -> None:
    assert ids.merge_key(pd.Timestamp("2022-08-29 13:00"), "green_zone", "Riots") == "2022-08-29|green_zone|Riots"
    assert ids.merge_key("2022-08-29", "green_zone", "Riots") == "2022-08-29|green_zone|Riots"
    assert ids.merge_key(None, "green_zone", "Riots") is None
    assert ids.merged_event_id("a|b|c") != ids.event_id({"report_id": "a|b|c"})
    frame = pd.DataFrame(
        {"event_id": ["given", None, None, " "], "event_date": ["2024-01-01"] * 4, "landmark_id": ["x", "y", "y", "z"]}
    )
    filled = ids.fill_event_ids(frame, prefix="up-").tolist()
    assert filled[0] == "given" and len(set(filled)) == 4
    assert filled[2] == f"{filled[1]}~2"  # duplicate rows stay distinct within a frame
    assert filled[3].startswith("up-")
    assert ids.alert_id("rule", "ev1") == ids.alert_id("rule", "ev1") != ids.alert_id("rule", "ev2")
