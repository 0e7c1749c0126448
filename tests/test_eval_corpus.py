"""The evaluation corpus itself: format, size, language mix, and agreement with the gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.corpus import CorpusError, check_corpus, expected_inside, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus.jsonl"
HELDOUT = ROOT / "eval" / "heldout" / "corpus.jsonl"


def test_corpus_is_consistent_with_gazetteer_and_texts(gazetteer):
    reports = load_corpus(CORPUS)
    assert check_corpus(reports, gazetteer) == []


def test_corpus_covers_what_the_brief_asks_for():
    reports = load_corpus(CORPUS)
    assert len(reports) >= 80
    assert sum(r.language == "ar" for r in reports) >= len(reports) / 3
    assert any(not r.incidents for r in reports)  # a report of statements only
    incidents = [i for r in reports for i in r.incidents]
    assert any(i.landmark_id == "baghdad" for i in incidents)  # fall-back to the city
    assert any(i.time_precision == 2 for i in incidents)  # "last week"
    assert {i.inside for i in incidents} == {True, False, None}
    assert any(len(r.incidents) >= 2 for r in reports)
    assert {i.landmark_id for i in incidents if i.landmark_id.startswith("sit_in_")} >= {
        "sit_in_2021_jadriya",
        "sit_in_2021_planning_gate",
        "sit_in_2022_sadrist_parliament",
        "sit_in_2022_framework_suspension_bridge",
    }
    words = [len(r.text().split()) for r in reports]
    assert min(words) >= 100


def test_heldout_part_is_consistent_and_apart_from_the_development_corpus(gazetteer):
    heldout = load_corpus(HELDOUT)
    assert check_corpus(heldout, gazetteer) == []
    assert len(heldout) >= 60
    assert sum(r.language == "ar" for r in heldout) >= len(heldout) / 3
    dev = load_corpus(CORPUS)
    # no report shared, by id or by text: the rules are never tuned on the held-out part
    assert not {r.report_id for r in heldout} & {r.report_id for r in dev}
    assert not {r.text() for r in heldout} & {r.text() for r in dev}
    assert sum(len(r.incidents) for r in heldout) >= 80


def test_sit_in_annotations_fall_within_the_sites_dates(gazetteer):
    sites = gazetteer.set_index("landmark_id")
    for report in load_corpus(CORPUS):
        for inc in report.incidents:
            if inc.landmark_id.startswith("sit_in_"):
                site = sites.loc[inc.landmark_id]
                assert inc.event_date is not None
                assert site.valid_from <= inc.event_date <= site.valid_to, (report.report_id, inc.landmark_id)


def test_expected_inside_follows_the_geometry(gazetteer):
    assert expected_inside("us_embassy", "near", gazetteer) is True
    assert expected_inside("tahrir_square", "at", gazetteer) is False
    assert expected_inside("green_zone", "inside", gazetteer) is True
    assert expected_inside("green_zone", "towards", gazetteer) is False
    assert expected_inside("baghdad", "at", gazetteer) is None
    with pytest.raises(KeyError, match="nowhere"):
        expected_inside("nowhere", "at", gazetteer)


def test_check_corpus_catches_bad_annotations(tmp_path, gazetteer):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "001_x.txt").write_text("Rockets hit the US embassy on Monday.", encoding="utf-8")
    incident = {
        "event_date": "2020-01-20",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "landmark_id": "us_embassy",
        "relation": "at",
        "inside": False,
        "fatalities": None,
        "injuries": None,
        "actor1": None,
        "evidence": "Rockets struck the US embassy",
    }
    line = {
        "report_id": "001_x",
        "file": "reports/001_x.txt",
        "published": "2020-01-19",
        "source": "t",
        "language": "en",
        "incidents": [incident],
    }
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    problems = check_corpus(load_corpus(path), gazetteer)
    assert len(problems) == 3
    assert any("verbatim" in p for p in problems)
    assert any("inside is False" in p for p in problems)
    assert any("after publication" in p for p in problems)


def test_load_corpus_names_line_and_field(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "\n".join(
            [
                "not json",
                json.dumps(
                    {
                        "report_id": "1",
                        "file": "x.txt",
                        "published": "2020-13-01",
                        "source": "s",
                        "language": "fr",
                        "incidents": [],
                    }
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    text = str(err.value)
    assert "line 1: not valid JSON" in text
    assert "line 2.report_id" in text and "line 2.language" in text and "line 2.published" in text
    assert "line 2.file" in text
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "missing.jsonl")
