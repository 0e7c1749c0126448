"""The app's pasted-report extraction in a child process: same incidents, a time limit, errors as messages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.schema import INCIDENT_COLUMNS
from geoincidents.ui.isolated import IsolatedWorkError, extract_isolated

SEED = Path(__file__).resolve().parents[1] / "data" / "reports" / "000_a1c6e357c0dae756.txt"


def test_the_child_gives_the_same_incidents_as_the_extractor() -> None:
    text = SEED.read_text(encoding="utf-8")
    isolated = extract_isolated(text, date(2021, 10, 23), "Shafaq News")
    direct = extract_incidents(text, published=date(2021, 10, 23), source="Shafaq News")
    assert len(isolated) == len(direct) > 0
    assert list(isolated.columns[: len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)
    for col in INCIDENT_COLUMNS:
        if col in ("latitude", "longitude"):  # written with GeoJSON's 7 decimals
            np.testing.assert_allclose(isolated[col].to_numpy(float), direct[col].to_numpy(float), atol=1e-7)
        else:
            pd.testing.assert_series_equal(isolated[col], direct[col], check_names=False)
    assert isolated.crs == direct.crs
    assert np.allclose(isolated.geometry.x, direct.geometry.x, atol=1e-7)


def test_a_report_with_no_incident_and_no_date() -> None:
    found = extract_isolated("Nothing happened here.", None, "x")
    assert len(found) == 0 and list(found.columns[: len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)


def test_work_past_the_time_limit_is_stopped_with_a_message() -> None:
    text = SEED.read_text(encoding="utf-8")
    with pytest.raises(IsolatedWorkError, match=r"took longer than 0\.001 s and was stopped"):
        extract_isolated("\n\n".join([text] * 50), date(2021, 10, 23), "x", time_limit_s=0.001)


def test_an_error_in_the_child_comes_back_as_its_message() -> None:
    with pytest.raises(IsolatedWorkError) as info:
        extract_isolated(b"bytes are not text", None, "x")  # type: ignore[arg-type]
    assert "Traceback" not in str(info.value) and str(info.value)
