"""Round 12, family ROWS: hand-written mini-reports of how many rows a report's story makes.

One event told twice (a headline and its body, "earlier on Tuesday", a witness's or a ministry's quote, "the
attack, which ...", "هذا الهجوم", "الحادثة"), one event told over several sentences (a gathering, the force used on
it and its toll; a march and where it ended; a salvo intercepted and landed), two real events that must stay two
(two days, two places, a rally and a clash, a bombing and a protest against it) and background or aftermath that
makes no row (funerals, condemnations, investigations, measures, reopened roads). The cases are in
``tests/_probe12_rows_cases.py``; each checks every expected row's date, type, landmark and both counts and that
there is no other row. Run ``python tests/test_probe12_rows.py`` for the pass rate per language.
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from tests._probe12_rows_cases import CASES, PUBLISHED, Case, Row

KNOWN_GAPS: dict[str, str] = {}


def _count(value: object) -> int | None:
    return None if pd.isna(value) else int(value)  # type: ignore[call-overload]


def rows_of(text: str) -> list[Row]:
    """The rows the extraction makes of ``text``, as the cases state them, sorted."""
    frame = extract_incidents(text, published=PUBLISHED)
    return sorted(
        (
            f"{r.event_date:%Y-%m-%d}",
            str(r.sub_event_type),
            str(r.landmark_id),
            _count(r.fatalities),
            _count(r.injuries),
        )
        for r in frame.itertuples()
    )


def _key(row: Row) -> tuple[str, str, str, int, int]:
    return (row[0], row[1], row[2], -1 if row[3] is None else row[3], -1 if row[4] is None else row[4])


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        marks = []
        if case[0] in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case[0]]))
        out.append(pytest.param(case, id=case[0], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_probe(case: Case) -> None:
    _, _, text, expected = case
    assert rows_of(text) == sorted(expected, key=_key)


def main() -> None:
    """Print each failing case with its rows and the pass rate per language."""
    passed: dict[str, list[int]] = {}
    for ident, lang, text, expected in CASES:
        got = rows_of(text)
        ok = int(got == sorted(expected, key=_key))
        passed.setdefault(lang, [0, 0])
        passed[lang][0] += ok
        passed[lang][1] += 1
        if not ok:
            print(f"FAIL {ident}{' (known gap)' if ident in KNOWN_GAPS else ''}")
            for row in sorted(expected, key=_key):
                print("   want", row)
            for row in got:
                print("   got ", row)
    for lang, (ok, n) in passed.items():
        print(f"{lang}: {ok}/{n}")


if __name__ == "__main__":
    main()
