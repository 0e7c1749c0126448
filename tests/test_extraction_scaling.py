"""Extraction time grows with the text's length, not its square; an over-long text is refused clearly.

Each pathological text runs in a subprocess with a time limit, so that a regression fails the test
instead of hanging the suite. The limits are generous (the texts take a second or two here; before the
fix each took minutes to hours): they tell linear from quadratic, they do not measure speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geoincidents import extract_incidents, extract_many
from geoincidents.errors import InputLimitError
from geoincidents.extraction.pipeline import MAX_TEXT_CHARS
from geoincidents.extraction.reports import read_reports

ROOT = Path(__file__).resolve().parent.parent

# name -> Python expression building the text (evaluated in the child process)
PATHOLOGICAL = {
    # a run of white space inside a sentence: the sentence and clause patterns tried every position of it
    "200k spaces": "'Protesters gathered' + ' ' * 200_000 + 'in Tahrir Square on Friday.'",
    "200k tabs": "'Rockets hit the Green Zone' + '\\t' * 200_000 + 'and protesters gathered on the bridge.'",
    "200k dots": "'.' * 200_000",
    # patterns tried just after a mention ("said" after a date) scanned every comma for every comma
    "a date then 100k commas": "'A source said on Sunday that protesters gathered on Friday' + ',' * 100_000 + '.'",
    "a dateline then 200k spaces": "'BAGHDAD' + ' ' * 200_000 + '- Rockets hit the Green Zone on Friday.'",
    # many sentences: counts given to the nearest event, candidates merged, tokens sliced per clause
    "2 MB of repeated sentences": "'Two rockets hit the Green Zone on Sunday. Three people were wounded. ' * 30_000",
    # many distinct events (no publication date, so none is background): merged and folded per day
    "10,000 dated events": (
        "' '.join(f'Protesters gathered in Tahrir Square on {d} {m} {y}. Police arrested {d} people near the square.'"
        " for y in range(1990, 2020) for m in ('January', 'February', 'March', 'April', 'May', 'June', 'July',"
        " 'August', 'September', 'October', 'November', 'December') for d in range(1, 29))"
    ),
    # many place names, head words and back-references: each checked against every other before
    "60,000 places and references": "'Sinak Bridge, Tahrir, the bridge and the square. ' * 20_000",
    # one giant Arabic word full of intervention words (none at its start) after a protest word
    "a giant Arabic word": "'تظاهر المحتجون م' + 'اعتقال' * 100_000",
    # many clauses sharing one sentence's places and actors
    "a sentence of 50,000 clauses": (
        "'Police and protesters near Tahrir Square and the Sinak Bridge ' + 'after protests ' * 50_000"
    ),
    # counted people joined by "and" or commas, Arabic numbers joined by "و", Arabic duals, "one more":
    # each count list is tried once (bounded, atomic), overlaps are looked up by bisection
    "a counted subject of 40,000 parts": "'A rocket hit Tahrir Square. ' + 'two men and ' * 40_000 + 'wounded'",
    "40,000 comma-joined counts": "'A rocket hit Tahrir Square. ' + 'three protesters, ' * 40_000 + 'were injured'",
    "an Arabic number of 40,000 words": "'سقط صاروخ في ساحة التحرير. ' + 'ثلاثة و' * 40_000 + ' قتلوا'",
    "60,000 Arabic dual counts": "'سقط صاروخ في ساحة التحرير، ' + 'مقتل متظاهرَين ' * 60_000",
    # later tolls, each looking back for the event whose figure it revises: within a bounded reach, not the report
    "20,000 revised tolls": (
        "'A rocket hit Tahrir Square on Sunday, wounding two people. '"
        "'The number of wounded had risen to three. ' * 20_000"
    ),
    "30,000 counts each with one more": (
        "'Rockets hit Tahrir Square. ' + 'two were wounded and a third was hurt, ' * 30_000"
    ),
}
_CHILD = textwrap.dedent(
    """
    import json, sys
    from geoincidents import extract_incidents
    text = eval(sys.argv[1])  # the test's own expression, not user input
    frame = extract_incidents(text, published=None if "dated events" in sys.argv[2] else "2021-10-23")
    print(json.dumps({"chars": len(text), "rows": len(frame)}))
    """
)
TIME_LIMIT_S = 90


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text_finishes(name: str) -> None:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, PATHOLOGICAL[name], name],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT_S,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: extraction did not finish in {TIME_LIMIT_S} s (super-linear again?)")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["chars"] > 100_000


def test_a_text_over_the_limit_is_refused_before_any_work() -> None:
    text = "x" * (MAX_TEXT_CHARS + 1)
    with pytest.raises(InputLimitError, match=r"6,000,001 characters .* limit of 6,000,000"):
        extract_incidents(text)
    with pytest.raises(ValueError, match=r"report 1 \(big\)"):  # InputLimitError is a ValueError too
        extract_many(["Protesters gathered in Tahrir Square.", {"text": text, "report_id": "big"}])
    assert len(extract_incidents("x" * 1000)) == 0  # under the limit: a result


def test_report_files_over_the_limit_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("ب" * (MAX_TEXT_CHARS + 1), encoding="utf-8")  # 2 bytes a character: read, then refused
    with pytest.raises(InputLimitError, match=r"big\.txt"):
        read_reports([big])
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: larger than any text of the limit could be, never read
        fh.truncate(4 * MAX_TEXT_CHARS + 1)
    with pytest.raises(InputLimitError, match=r"huge\.txt"):
        read_reports([huge])
    lines = tmp_path / "batch.jsonl"
    lines.write_text(json.dumps({"text": "x" * (MAX_TEXT_CHARS + 1)}) + "\n", encoding="utf-8")
    with pytest.raises(InputLimitError, match=r"batch\.jsonl: line 1"):
        read_reports([lines])


def test_an_endless_sentence_is_read_in_pieces() -> None:
    from geoincidents.extraction.rules.segment import MAX_SENTENCE_CHARS, split_sentences

    text = "Protesters gathered in Tahrir Square " * 1000
    spans = split_sentences(text)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert all(text[a].isalpha() and text[b - 1].isalpha() for a, b in spans)  # cut at white space
    got = extract_incidents(text, published="2021-10-23")
    assert list(got["landmark_id"]) == ["tahrir_square"]  # the pieces tell one event
