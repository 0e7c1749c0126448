"""Run the extraction on the evaluation corpus and score it.

Usage (from the repository root)::

    python eval/run.py [--corpus eval/corpus.jsonl] [--gazetteer PATH] [--quiet] [--only REPORT_ID ...]

Prints the result of every report (matched, missed and extra incidents, with the wrong fields named)
and then incident recall and precision and the accuracy of landmark, date, event type, inside/outside
and casualties, over the matched incidents and over all expected incidents. Exit status 0 when the
run completed, 2 when the corpus or the extractor could not be used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geopandas as gpd

from eval.corpus import CorpusError, CorpusReport, check_corpus, load_corpus
from eval.predicted import incidents_from_frame
from eval.scoring import ReportScore, format_report, format_summary, score_report, summarize
from geoincidents.gazetteer.load import GazetteerError, load_gazetteer

__all__ = ["DEFAULT_CORPUS", "Extractor", "evaluate", "main"]

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus.jsonl"
Extractor = Callable[..., gpd.GeoDataFrame]


def evaluate(
    reports: Sequence[CorpusReport],
    extract: Extractor,
    gazetteer: gpd.GeoDataFrame,
    *,
    errors: list[str] | None = None,
) -> list[ReportScore]:
    """Run ``extract`` on every report and score its output.

    Parameters
    ----------
    reports
        The corpus (see :func:`eval.corpus.load_corpus`).
    extract
        Called as ``extract(text, published=..., source=..., gazetteer=..., report_id=...)``; returns
        a GeoDataFrame of incidents.
    gazetteer
        Passed to the extractor and used to decide inside/outside of the predictions.
    errors
        When given, receives one message per report whose extraction raised; such a report is
        scored with no predictions (all its expected incidents missed), never dropped.

    Returns
    -------
    list of ReportScore
        One per report, in corpus order.
    """
    scores: list[ReportScore] = []
    for report in reports:
        text = report.text()
        expected = report.expected_incidents(text)
        try:
            frame = extract(
                text,
                published=report.published,
                source=report.source,
                gazetteer=gazetteer,
                report_id=report.report_id,
            )
            predicted = incidents_from_frame(frame, gazetteer, text=text)
        except Exception as exc:  # one bad report must not hide the others' results
            if errors is None:
                raise
            errors.append(f"{report.report_id}: extraction failed: {type(exc).__name__}: {exc}")
            predicted = []
        scores.append(score_report(report.report_id, expected, predicted))
    return scores


def _extractor() -> Extractor:
    from geoincidents.extraction.pipeline import extract_incidents

    extractor: Extractor = extract_incidents
    return extractor


# The fields the extraction is judged on, per language (issue 12): place, date, type and the counts.
_JUDGED = (("landmark", "landmark"), ("date", "date"), ("type", "event_type"), ("dead", "fatalities"),
           ("hurt", "injuries"), ("counts", "casualties"))  # fmt: skip


def _by_language(reports: Sequence[CorpusReport], scores: Sequence[ReportScore]) -> str:
    """Per report language: recall, precision and each judged field, of matched and over all expected."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{100.0 * value:.1f}%"

    lines = ["by language (judged fields: of matched incidents / over all expected incidents):"]
    for language in sorted({r.language for r in reports}):
        part = summarize(s for r, s in zip(reports, scores, strict=True) if r.language == language)
        fields = ", ".join(
            f"{label} {pct(part.accuracy(name))} / {pct(part.accuracy(name, over='expected'))}"
            for label, name in _JUDGED
        )
        lines.append(
            f"  {language}: reports {part.reports}, expected {part.expected}, predicted {part.predicted}, "
            f"recall {pct(part.recall)}, precision {pct(part.precision)}\n      {fields}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, extract: Extractor | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="eval/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus JSON Lines file")
    parser.add_argument("--gazetteer", type=Path, default=None, help="gazetteer file (default: the bundled one)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    parser.add_argument("--only", nargs="+", metavar="REPORT_ID", help="score only these reports")
    args = parser.parse_args(argv)
    try:
        gazetteer = load_gazetteer(args.gazetteer)
        reports = load_corpus(args.corpus)
    except (FileNotFoundError, CorpusError, GazetteerError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.only:
        unknown = sorted(set(args.only) - {r.report_id for r in reports})
        if unknown:
            print(f"error: unknown report id(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        reports = [r for r in reports if r.report_id in set(args.only)]
    problems = check_corpus(reports, gazetteer)
    if problems:
        print(
            "error: the corpus disagrees with the gazetteer or its texts:\n  " + "\n  ".join(problems), file=sys.stderr
        )
        return 2
    if extract is None:
        try:
            extract = _extractor()
        except ImportError as exc:
            print(f"error: cannot import geoincidents.extraction.pipeline.extract_incidents: {exc}", file=sys.stderr)
            return 2
    errors: list[str] = []
    scores = evaluate(reports, extract, gazetteer, errors=errors)
    out: list[Any] = []
    if not args.quiet:
        out.extend(format_report(score) for score in scores)
        out.append("")
    if errors:
        out.append(f"{len(errors)} report(s) failed to extract:")
        out.extend(f"  {message}" for message in errors)
        out.append("")
    out.append(format_summary(summarize(scores)))
    out.append("")
    out.append(_by_language(reports, scores))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
