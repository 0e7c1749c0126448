"""The evaluation harness: alignment, scoring, conversion of extractor output, and eval/run.py.

The extractor used here is an *oracle* built from the annotations themselves (each incident placed at
its landmark's point in a real GeoDataFrame), so that the harness can be checked end to end without
the rule-based extractor: perfect predictions must score 100%, and each kind of error must lower the
metric it belongs to and no other.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

from eval.corpus import CorpusReport, load_corpus
from eval.predicted import incidents_from_frame
from eval.run import evaluate, main
from eval.scoring import (
    FIELDS,
    Incident,
    Pair,
    align_incidents,
    dates_match,
    format_report,
    format_summary,
    score_report,
    summarize,
)
from geoincidents.schema import coerce_incidents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus.jsonl"


@pytest.fixture(scope="module")
def reports() -> list[CorpusReport]:
    return load_corpus(CORPUS)


def _frame(rows: list[dict[str, Any]], gazetteer: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A real incident GeoDataFrame: each row placed at its landmark's representative point."""
    points = gazetteer.set_index("landmark_id").geometry.representative_point()
    records = []
    for row in rows:
        rec = dict(row)
        point = points[row["landmark_id"]]
        rec["longitude"], rec["latitude"] = float(point.x), float(point.y)
        rec["geo_precision"] = 3 if row["landmark_id"] == "baghdad" else 1
        records.append(rec)
    return coerce_incidents(pd.DataFrame(records, columns=None if records else ["landmark_id"]))


def _oracle(
    gazetteer: gpd.GeoDataFrame, edit: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]] | None = None
) -> Callable[..., gpd.GeoDataFrame]:
    """An extractor returning the annotations of the report, optionally edited per report."""
    by_id = {r.report_id: r for r in load_corpus(CORPUS)}

    def extract(
        text: str, *, published: Any = None, source: Any = None, gazetteer: Any = None, report_id: str | None = None
    ) -> gpd.GeoDataFrame:
        assert report_id is not None
        report = by_id[report_id]
        rows = []
        for inc in report.incidents:
            start = text.find(inc.evidence)
            rows.append(
                {
                    "event_date": inc.event_date,
                    "time_precision": inc.time_precision,
                    "event_type": inc.event_type,
                    "sub_event_type": inc.sub_event_type,
                    "actor1": inc.actor1,
                    "landmark_id": inc.landmark_id,
                    "relation": inc.relation,
                    "fatalities": inc.fatalities,
                    "injuries": inc.injuries,
                    "sentence": inc.evidence,
                    "span_start": start,
                    "span_end": start + len(inc.evidence),
                    "source": source,
                    "published": published,
                }
            )
        if edit is not None:
            rows = edit(report_id, rows)
        return _frame(rows, gaz)

    gaz = gazetteer
    return extract


def _total(reports: list[CorpusReport]) -> int:
    return sum(len(r.incidents) for r in reports)


def test_perfect_predictions_score_100_percent(reports, gazetteer):
    summary = summarize(evaluate(reports, _oracle(gazetteer), gazetteer))
    assert summary.expected == summary.predicted == summary.matched == _total(reports)
    assert summary.recall == 1.0 and summary.precision == 1.0
    for name in FIELDS:
        assert summary.accuracy(name) == 1.0, name
        assert summary.accuracy(name, over="expected") == 1.0, name


def test_wrong_landmark_lowers_landmark_accuracy_only(reports, gazetteer):
    def edit(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if report_id == "004_katyusha_embassy_2020":
            rows[0]["landmark_id"] = "republican_palace"  # inside too: inside accuracy unaffected
        return rows

    summary = summarize(evaluate(reports, _oracle(gazetteer, edit), gazetteer))
    n = _total(reports)
    assert summary.matched == n and summary.recall == 1.0 and summary.precision == 1.0
    assert summary.accuracy("landmark") == pytest.approx((n - 1) / n)
    assert summary.accuracy("date") == summary.accuracy("event_type") == summary.accuracy("inside") == 1.0


def test_landmark_on_the_wrong_side_lowers_inside_accuracy(reports, gazetteer):
    def edit(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if report_id == "004_katyusha_embassy_2020":
            rows[0]["landmark_id"] = "palestine_hotel"  # across the river, outside the zone
        return rows

    summary = summarize(evaluate(reports, _oracle(gazetteer, edit), gazetteer))
    n = _total(reports)
    assert summary.accuracy("inside") == pytest.approx((n - 1) / n)
    assert summary.accuracy("landmark") == pytest.approx((n - 1) / n)


def test_missing_incident_lowers_recall(reports, gazetteer):
    def edit(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return rows[:-1] if report_id == "017_greenzone_clashes_aug29_2022" else rows

    summary = summarize(evaluate(reports, _oracle(gazetteer, edit), gazetteer))
    n = _total(reports)
    assert summary.recall == pytest.approx((n - 1) / n)
    assert summary.precision == 1.0
    assert summary.accuracy("landmark") == 1.0
    assert summary.accuracy("landmark", over="expected") == pytest.approx((n - 1) / n)


def test_extra_incident_lowers_precision(reports, gazetteer):
    def edit(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if report_id == "011_court_ratifies_statements_2021":  # statements only: anything is extra
            rows = [
                {
                    "event_date": date(2021, 12, 27),
                    "time_precision": 1,
                    "event_type": "Strategic developments",
                    "sub_event_type": "Other",
                    "landmark_id": "baghdad",
                    "relation": "at",
                }
            ]
        return rows

    summary = summarize(evaluate(reports, _oracle(gazetteer, edit), gazetteer))
    n = _total(reports)
    assert summary.recall == 1.0
    assert summary.predicted == n + 1
    assert summary.precision == pytest.approx(n / (n + 1))


def test_wrong_date_and_casualties_are_counted(reports, gazetteer):
    def edit(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if report_id == "001_jumhuriya_teargas_2019":
            rows[0]["event_date"] = date(2019, 10, 26)  # the publication day instead of "on Friday"
            rows[0]["injuries"] = None
        return rows

    summary = summarize(evaluate(reports, _oracle(gazetteer, edit), gazetteer))
    n = _total(reports)
    assert summary.matched == n  # landmark, type and evidence still agree
    assert summary.accuracy("date") == pytest.approx((n - 1) / n)
    assert summary.accuracy("injuries") == pytest.approx((n - 1) / n)
    assert summary.accuracy("fatalities") == 1.0
    assert summary.accuracy("casualties") == pytest.approx((n - 1) / n)


def test_extraction_error_is_reported_and_counts_as_missed(reports, gazetteer):
    oracle = _oracle(gazetteer)

    def flaky(text: str, **kwargs: Any) -> gpd.GeoDataFrame:
        if kwargs["report_id"] == "003_sinak_bridge_2019":
            raise RuntimeError("boom")
        return oracle(text, **kwargs)

    errors: list[str] = []
    scores = evaluate(reports, flaky, gazetteer, errors=errors)
    assert len(scores) == len(reports)
    assert errors == ["003_sinak_bridge_2019: extraction failed: RuntimeError: boom"]
    assert summarize(scores).matched == _total(reports) - 1
    with pytest.raises(RuntimeError):
        evaluate(reports, flaky, gazetteer)


# --- alignment on small hand-made cases -------------------------------------------------------


def _inc(**kw: Any) -> Incident:
    base: dict[str, Any] = {"event_date": date(2022, 8, 29), "event_type": "Battles", "landmark_id": "green_zone"}
    base.update(kw)
    return Incident(**base)


def test_same_place_and_day_are_told_apart_by_event_type():
    expected = [_inc(event_type="Battles"), _inc(event_type="Explosions/Remote violence")]
    predicted = [_inc(event_type="Explosions/Remote violence"), _inc(event_type="Battles")]
    assert align_incidents(expected, predicted) == [Pair(0, 1), Pair(1, 0)]


def test_greedy_takes_the_best_pair_first():
    expected = [_inc(landmark_id="us_embassy", event_type="Protests")]
    weak = _inc(landmark_id="us_embassy", event_date=date(2022, 8, 1), event_type="Protests")
    strong = _inc(landmark_id="us_embassy", event_type="Protests")
    assert align_incidents(expected, [weak, strong]) == [Pair(0, 1), Pair(None, 0)]


def test_one_agreeing_criterion_is_not_a_match():
    expected = [_inc(landmark_id="tahrir_square", event_type="Protests")]
    predicted = [_inc(landmark_id="us_embassy", event_date=date(2020, 1, 1), event_type="Protests")]
    assert align_incidents(expected, predicted) == [Pair(0, None), Pair(None, 0)]


def test_overlapping_evidence_counts_towards_a_match():
    expected = [_inc(landmark_id="gate_14_july_bridge", event_type="Riots", span=(100, 180))]
    predicted = [_inc(landmark_id="baghdad", event_date=date(2022, 8, 28), event_type="Riots", span=(120, 150))]
    score = score_report("r", expected, predicted)
    assert score.pairs == [Pair(0, 0)]
    assert score.correct[0]["landmark"] is False and score.correct[0]["date"] is False
    assert score.correct[0]["event_type"] is True
    assert "wrong landmark, date" in format_report(score)


def test_empty_report_scores_nothing():
    score = score_report("r", [], [])
    summary = summarize([score])
    assert score.pairs == [] and summary.recall is None and summary.precision is None
    assert summary.accuracy("landmark") is None
    assert "n/a" in format_summary(summary)


def test_dates_match_tolerance_follows_time_precision():
    d = date(2023, 2, 7)
    assert dates_match(d, d) and not dates_match(d, date(2023, 2, 8))
    assert dates_match(d, date(2023, 2, 10), 2) and not dates_match(d, date(2023, 2, 11), 2)
    assert dates_match(d, date(2023, 2, 20), 3)
    assert dates_match(None, None) and not dates_match(d, None) and not dates_match(None, d)


def test_accuracy_rejects_unknown_names():
    summary = summarize([])
    with pytest.raises(KeyError):
        summary.accuracy("colour")
    with pytest.raises(ValueError):
        summary.accuracy("landmark", over="everything")


# --- conversion of the extractor's frame ------------------------------------------------------


def test_frame_conversion_computes_inside_from_geometry(gazetteer):
    rows = [
        {"landmark_id": "us_embassy", "relation": "at", "event_date": "2020-01-20"},
        {"landmark_id": "tahrir_square", "relation": "at"},
        {"landmark_id": "green_zone", "relation": "towards"},
        {"landmark_id": "baghdad", "relation": "at"},
        {"landmark_id": "republican_palace", "relation": "outside"},
    ]
    got = incidents_from_frame(_frame(rows, gazetteer), gazetteer)
    assert [i.inside for i in got] == [True, False, False, None, False]
    assert got[0].event_date == date(2020, 1, 20) and got[1].event_date is None


def test_frame_conversion_finds_evidence_span_from_sentence(gazetteer):
    text = "Intro. Rockets hit near the US embassy. More."
    frame = _frame([{"landmark_id": "us_embassy", "sentence": "Rockets hit near the US embassy."}], gazetteer)
    frame = frame.drop(columns=["span_start", "span_end"])
    (inc,) = incidents_from_frame(frame, gazetteer, text=text)
    assert inc.span == (7, 39)


def test_frame_conversion_rejects_frames_without_crs(gazetteer):
    frame = _frame([{"landmark_id": "us_embassy"}], gazetteer).set_crs(None, allow_override=True)
    with pytest.raises(ValueError, match="CRS"):
        incidents_from_frame(frame, gazetteer)
    with pytest.raises(TypeError):
        incidents_from_frame(pd.DataFrame(), gazetteer)  # type: ignore[arg-type]


# --- eval/run.py ------------------------------------------------------------------------------


def test_run_main_prints_reports_and_summary(gazetteer, capsys):
    assert main(["--only", "002_tahrir_ar_2019", "011_court_ratifies_statements_2021"], extract=_oracle(gazetteer)) == 0
    out = capsys.readouterr().out
    assert "002_tahrir_ar_2019: expected 2, predicted 2, matched 2" in out
    assert "011_court_ratifies_statements_2021: expected 0, predicted 0, matched 0" in out
    assert "incident recall    100.0%" in out and "landmark" in out
    assert "  ar: reports 1, expected 2, predicted 2, recall 100.0%, precision 100.0%" in out
    assert "  en: reports 1, expected 0, predicted 0, recall n/a" in out
    assert "counts 100.0% / 100.0%" in out


def test_run_main_prints_every_judged_field_per_language(gazetteer, capsys):
    """A wrong injury count in the Arabic report shows in the Arabic line only, of matched and over all."""

    def wrong_injuries(report_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if report_id == "002_tahrir_ar_2019":
            rows[0]["injuries"] = (rows[0]["injuries"] or 0) + 7
        return rows

    ids = ["002_tahrir_ar_2019", "001_jumhuriya_teargas_2019"]
    assert main(["--quiet", "--only", *ids], extract=_oracle(gazetteer, wrong_injuries)) == 0
    out = capsys.readouterr().out
    ar = out[out.index("  ar:") : out.index("  en:")]
    en = out[out.index("  en:") :]
    assert "hurt 50.0% / 50.0%" in ar and "counts 50.0% / 50.0%" in ar and "landmark 100.0% / 100.0%" in ar
    assert "hurt 100.0% / 100.0%" in en and "counts 100.0% / 100.0%" in en


def test_run_main_rejects_bad_corpus_and_unknown_ids(tmp_path, gazetteer, capsys):
    bad = tmp_path / "corpus.jsonl"
    bad.write_text('{"report_id": "x"}\n', encoding="utf-8")
    assert main(["--corpus", str(bad)], extract=_oracle(gazetteer)) == 2
    assert "line 1: missing field(s)" in capsys.readouterr().err
    assert main(["--only", "999_nope"], extract=_oracle(gazetteer)) == 2
    assert "999_nope" in capsys.readouterr().err


def test_changed_incident_keeps_other_fields(reports):
    # the dataclasses are frozen: editing one field for a test cannot leak into the corpus
    inc = reports[0].incidents[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        inc.landmark_id = "x"  # type: ignore[misc]
