"""Extraction and the extract CLI given hostile or odd text: a result or a clear error, never a crash."""

from __future__ import annotations

import json
import random
from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents.cli import main
from geoincidents.extraction import geocoding
from geoincidents.extraction.pipeline import extract_incidents, extract_many
from geoincidents.io.incidents import read_incidents, write_incidents
from geoincidents.schema import INCIDENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt").read_text(encoding="utf-8")
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>`${alert(3)}`"
_rng = random.Random(5)
ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\r\n \u00a0\u2003",
    "rtl_marks": "\u200f\u200e\u202b\u202e\u2067\u2069" * 50,
    "lone_surrogates": "Protesters stormed the Green Zone \ud800 on Saturday \udfff",
    "nul_and_controls": "Protesters\x00 reached\x07 Tahrir Square\x1b[31m on Saturday",
    "binary_as_text": bytes(_rng.randrange(256) for _ in range(4000)).decode("latin-1"),
    "html_payload": f"{PAYLOAD} Protesters stormed the Green Zone near the Jumhuriya Bridge. {PAYLOAD}",
    "mixed_arabic_english": "Protesters احتج المتظاهرون في ساحة التحرير near جسر الجمهورية on Saturday يوم السبت",
    "only_punctuation": ".,;:!?" * 2000,
    "one_giant_word": "x" * 200_000,
    "digits": "1" * 50_000,
    "names_without_events": "Jumhuriya Bridge, Tahrir Square, Green Zone, " * 2000,
    "emoji_and_zwj": "👩‍👩‍👧 protest 🇮🇶 near Tahrir Square ✊🏽" * 20,
}


def _check(frame: gpd.GeoDataFrame, text: str) -> None:
    assert isinstance(frame, gpd.GeoDataFrame)
    assert set(INCIDENT_COLUMNS) <= set(frame.columns)
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    for start, end in zip(frame["span_start"].dropna(), frame["span_end"].dropna(), strict=False):
        assert 0 <= int(start) <= int(end) <= len(text)


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_text_gives_a_result(name: str) -> None:
    text = ODD_TEXTS[name]
    _check(extract_incidents(text, published="2021-10-23", source=PAYLOAD), text)


def test_hostile_text_survives_export_as_text(tmp_path: Path) -> None:
    text = ODD_TEXTS["html_payload"]
    found = extract_incidents(text, published="2021-10-23", source=PAYLOAD)
    assert len(found) >= 1
    assert (found["source"] == PAYLOAD).all()
    back = read_incidents(write_incidents(found, tmp_path / "x.geojson")).accepted
    assert back["source"].tolist() == found["source"].tolist()
    assert back["sentence"].tolist() == found["sentence"].tolist()


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    text = ODD_TEXTS["lone_surrogates"]
    found = extract_incidents(text, published="2021-10-23")
    assert len(found) == 1
    sentence = found["sentence"].iloc[0]
    assert "\ufffd" in sentence and len(sentence) == int(found["span_end"].iloc[0]) - int(found["span_start"].iloc[0])


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        extract_incidents(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        extract_incidents(SEED, published="not a date")
    with pytest.raises(ValueError):
        extract_many([{"text": None}], progress=False)


@pytest.mark.slow
def test_a_megabyte_of_text_finishes() -> None:
    words = ["protesters", "marched", "towards", "the", "bridge", "and", "police", "fired", "tear", "gas", "ساحة"]
    rng = random.Random(9)
    text = " ".join(rng.choice(words) for _ in range(170_000)) + ". " + SEED
    assert len(text) > 1_000_000
    _check(extract_incidents(text, published="2021-10-23"), text)  # pytest-timeout ends a runaway run


def test_extract_many_mixed_garbage_batch() -> None:
    batch = [SEED, "", PAYLOAD, ODD_TEXTS["binary_as_text"], {"text": ODD_TEXTS["mixed_arabic_english"]}]
    found = extract_many(batch, progress=False)
    assert isinstance(found, gpd.GeoDataFrame) and len(found) >= 1


def test_extract_cli_on_hostile_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "payload.txt").write_text(ODD_TEXTS["html_payload"], encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(_rng.randrange(256) for _ in range(2000)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"text": "Protesters reached Tahrir Square \ud800", "published": "2021-10-23"}) + "\n{broken\n",
        encoding="utf-8",
    )
    for name in ("payload.txt", "binary.txt", "empty.txt", "batch.jsonl"):
        code = main(["extract", str(tmp_path / name), "-o", str(tmp_path / f"{name}.geojson"), "-q"])
        err = capsys.readouterr().err
        assert code in (0, 2), (name, code)
        assert "Traceback" not in err
        if code == 2:
            lines = [line for line in err.splitlines() if line.strip()]
            assert len(lines) == 1 and lines[0].startswith("geoincidents extract: error:"), (name, err)
        else:
            assert (tmp_path / f"{name}.geojson").exists()


@pytest.mark.parametrize(
    "text",
    [
        # a run of white space after a bridge, a clause and a count: the patterns read there (where a bridge leads,
        # "where", the city after a place, places joined after a count) were quadratic on it (4 s for 20,000 spaces,
        # well past the run's timeout for 400,000)
        "Police fired tear gas at the Jumhuriya Bridge" + " " * 400_000 + "x.",
        "Police fired tear gas at the Jumhuriya Bridge" + "\t" * 400_000 + ", leading to the zone, x.",
        "أطلقت القوات الغاز عند جسر السنك" + " " * 400_000 + "المؤدي إلى الكرخ، من جهة ساحة الخلاني.",
        "Two protesters were wounded at Tahrir Square" + " " * 400_000 + "and the Jumhuriya Bridge.",
    ],
    ids=["spaces_after_bridge", "tabs_before_leading_to", "arabic_spaces_before_leading_to", "spaces_after_count"],
)
def test_runs_of_white_space_finish(text: str) -> None:
    _check(extract_incidents(text, published="2021-10-23"), text)  # pytest-timeout ends a runaway run


def test_back_references_look_back_a_bounded_stretch() -> None:
    """A back-reference ("at the scene", "there") looks for its sentence's start only as far back as a sentence can be.

    Over a text with no sentence break it looked back to the text's start for each one: quadratic (5.4 s for 400,000
    characters of "shot in Karrada, at the scene", minutes at the size limit).
    """
    text = "shot in Karrada, at the scene " * 20_000
    at = len(text) - 10
    assert at - geocoding._sentence_start(text, at) <= geocoding._SENTENCE_BACK
    assert geocoding._sentence_start("One. Two", 7) == 5  # a break within reach still starts the sentence
    _check(extract_incidents(text, published="2021-10-23"), text)
