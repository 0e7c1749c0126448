"""Names a person reads: column titles, landmarks by name, alert texts without internal ids, terminal-safe text."""

from __future__ import annotations

import pandas as pd

from geoincidents.labels import COLUMN_TITLES, column_title, for_display, landmark_name, landmark_phrase, terminal_text
from geoincidents.schema import INCIDENT_COLUMNS, coerce_incidents
from geoincidents.store.alerts import ALERT_COLUMNS, AlertRule, evaluate_alerts


def test_every_title_is_distinct_and_readable() -> None:
    titles = list(COLUMN_TITLES.values())
    assert len(titles) == len(set(titles))  # two columns never show under one title
    assert not [t for t in titles if "_" in t]
    for column in (*INCIDENT_COLUMNS, *ALERT_COLUMNS, "distance_m", "band", "breach"):
        assert "_" not in column_title(column), column
    assert column_title("distance_min_m") == "Distance (min, m)"
    assert column_title("future_column") == "Future column"


def test_for_display_renames_only_the_columns() -> None:
    table = pd.DataFrame({"event_id": ["e1"], "distance_m": [12.0]})
    shown = for_display(table)
    assert list(shown.columns) == ["Event id", "Distance (m)"] and shown.iloc[0].tolist() == ["e1", 12.0]
    assert list(table.columns) == ["event_id", "distance_m"]  # the data keeps its machine names


def test_landmarks_by_name(gazetteer: object) -> None:
    assert landmark_name("sit_in_2021_jadriya") == (
        "Election-results sit-in, Jadriya / suspension-bridge gate (Oct-Dec 2021)"
    )
    assert landmark_phrase("near", "tahrir_square") == "near Tahrir Square (Liberation Square)"
    assert landmark_phrase(None, "tahrir_square") == "Tahrir Square (Liberation Square)"
    assert landmark_name("not_in_gazetteer") == "not_in_gazetteer"  # shown as given, never dropped
    assert landmark_name(None) is None and landmark_phrase("near", float("nan")) == ""


def test_alert_text_names_the_perimeter_and_landmark_not_their_ids() -> None:
    incidents = coerce_incidents(
        pd.DataFrame(
            {
                "event_id": ["e1"],
                "event_date": ["2021-10-19"],
                "event_type": ["Protests"],
                "location": ["near the heavily fortified zone"],
                "landmark_id": ["sit_in_2021_jadriya"],
                "relation": ["near"],
                "latitude": [33.2979],
                "longitude": [44.3901],
                "uncertainty_m": [300.0],
            }
        )
    )
    message = str(evaluate_alerts(incidents, [AlertRule("gz-1km", max_distance_m=1000)])["message"].iloc[0])
    assert "sit_in_2021_jadriya" not in message and "green_zone" not in message
    assert "near Election-results sit-in, Jadriya / suspension-bridge gate" in message
    assert "Green Zone (International Zone)" in message
    assert 'reported as "near the heavily fortified zone"' in message


def test_terminal_text_shows_control_characters() -> None:
    assert terminal_text("a\x1b[2Jb\nc") == "a\\x1b[2Jb\\x0ac"
    assert terminal_text("بغداد – ok") == "بغداد – ok"
