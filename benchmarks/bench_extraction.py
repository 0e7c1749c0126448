"""Benchmark: reports per second of the extraction on one core, against a naive baseline.

A corpus of realistic 300-600-word reports (English and Arabic, wire and local-news style, with
protests, rocket attacks, sit-ins, statements and background) is generated from templates filled
with the gazetteer's own names, seeded so every run reads the same corpus. Two ways to read it are
timed in the same process:

- ours: :func:`geoincidents.extract_many` (full extraction: dates, places, actors, casualties, merging,
  the GeoDataFrame);
- baseline: what a first attempt does for only dates and places: ``dateparser.search_dates`` over
  each report plus one ``re.search`` per gazetteer alias.

Run: ``python benchmarks/bench_extraction.py [--reports 400] [--baseline-reports 30] [--repeat 3]``

Rates are given in CPU time of this process (what one core delivers, little affected by other
processes) and in wall-clock time (affected by the machine's load, printed too).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from datetime import date, timedelta

from geoincidents import extract_incidents, extract_many, load_gazetteer
from geoincidents.extraction.pipeline import Report

EN_EVENT = [
    "{day_cap}, {num} Katyusha rockets struck {rel} the {place}, security sources told {outlet}.",
    "Hundreds of {actor} supporters marched towards the {place} {day}, chanting slogans against the government.",
    "Security forces fired tear gas at protesters on the {place} {day}, wounding {num} people, medics said.",
    "Demonstrators reached the {place} {day} and set up tents, vowing to stay until their demands are met.",
    "An explosive-laden drone was shot down near the {place} {day}, with no injuries reported.",
    "{day_cap}, protesters stormed the {place}, breaking through concrete barriers as police withdrew.",
    "Clashes erupted {day} near the {place} between armed men and security forces, killing {num}.",
    "The C-RAM air defence system at the {place} was activated {day} after sirens sounded across the zone.",
]
EN_FILLER = [
    "The {actor} said in a statement last week that it rejected the results and called for calm.",
    "Iraq held early parliamentary elections on October 10, with a turnout of 41%, the lowest since 2005.",
    "The {actor} won {num} of the parliament's 329 seats, according to the electoral commission.",
    "Analysts say the standoff reflects a deeper struggle over the formation of the next government.",
    "In 2019, hundreds of protesters were killed in months of demonstrations against corruption.",
    "A spokesman for the {actor} warned that any attempt to storm state institutions would be met with force.",
    "The United Nations mission in Iraq urged all parties to exercise restraint and resolve disputes peacefully.",
    "Officials did not respond to requests for comment, and the ministry declined to give further details.",
    "The fortified zone houses government buildings, parliament and several foreign embassies.",
    "Residents said traffic was heavily congested across the capital as roads were closed for hours.",
]
AR_EVENT = [
    "سقطت {num} صواريخ كاتيوشا {rel_ar} {place_ar} {day_ar}، بحسب مصدر أمني.",
    "خرج المئات من أنصار {actor_ar} في تظاهرة نحو {place_ar} {day_ar}.",
    "استخدمت القوات الأمنية الغاز المسيل للدموع لتفريق المتظاهرين عند {place_ar} {day_ar}،"
    " ما أدى إلى إصابة {num} أشخاص.",
    "نصب المحتجون خيم الاعتصام قرب {place_ar} {day_ar}.",
    "اقتحم المتظاهرون {place_ar} {day_ar} بعد أن أزالوا الحواجز الكونكريتية.",
]
AR_FILLER = [
    "وكان {actor_ar} قد أعلن في بيان الأسبوع الماضي رفضه لنتائج الانتخابات.",
    "ودعت بعثة الأمم المتحدة جميع الأطراف إلى ضبط النفس.",
    "وحصل {actor_ar} على {num} مقعداً من أصل 329 في البرلمان.",
    "ويرى مراقبون أن الأزمة السياسية مرشحة لمزيد من التصعيد خلال الأيام المقبلة.",
    "وشهدت بغداد في عام 2019 احتجاجات واسعة قتل خلالها المئات.",
]
EN_DAYS = ["on Saturday", "on Tuesday", "yesterday", "earlier this evening", "on Sunday night", "on October 10"]
AR_DAYS = ["يوم السبت", "مساء الثلاثاء", "أمس", "مساء اليوم", "فجر الأحد"]
ACTORS = [
    "Sadrist movement",
    "Fatah alliance",
    "Coordination Framework",
    "Kataib Hezbollah",
    "Popular Mobilization Forces",
]
ACTORS_AR = ["التيار الصدري", "تحالف الفتح", "الإطار التنسيقي", "الحشد الشعبي"]
OUTLETS = ["Shafaq News", "Reuters", "AFP", "Rudaw", "Kurdistan24"]
NUMS = ["two", "three", "five", "12", "dozens of", "seven"]


def _corpus(n: int, seed: int = 7) -> list[Report]:
    gaz = load_gazetteer()
    places = [n for n in gaz["name"] if "–" not in n and "(" not in n] + [
        a for al in gaz["aliases"] for a in al if a.isascii() and len(a) > 6
    ]
    places_ar = [n for n in gaz["name_ar"] if isinstance(n, str)]
    rng = random.Random(seed)
    out: list[Report] = []
    for i in range(n):
        arabic = rng.random() < 0.25
        target = rng.randint(300, 600)
        words = 0
        parts: list[str] = []
        while words < target:
            if arabic:
                tpl = rng.choice(AR_EVENT if rng.random() < 0.35 else AR_FILLER)
            else:
                tpl = rng.choice(EN_EVENT if rng.random() < 0.35 else EN_FILLER)
            day = rng.choice(EN_DAYS)
            sentence = tpl.format(
                day=day,
                day_cap=day[0].upper() + day[1:],
                place=rng.choice(places),
                place_ar=rng.choice(places_ar),
                rel=rng.choice(["near", "inside", "close to"]),
                rel_ar=rng.choice(["قرب", "داخل"]),
                actor=rng.choice(ACTORS),
                actor_ar=rng.choice(ACTORS_AR),
                day_ar=rng.choice(AR_DAYS),
                num=rng.choice(NUMS) if not arabic else str(rng.randint(2, 40)),
                outlet=rng.choice(OUTLETS),
            )
            parts.append(sentence)
            words += len(sentence.split())
        published = date(2021, 10, 1) + timedelta(days=rng.randint(0, 400))
        out.append(Report(" ".join(parts), published, rng.choice(OUTLETS), f"bench-{i}"))
    return out


def _baseline(reports: list[Report]) -> int:
    """Naive: dateparser.search_dates over each report, and one re.search per alias."""
    import dateparser.search

    gaz = load_gazetteer()
    names = [n for row in gaz.itertuples() for n in (row.name, row.name_ar, *row.aliases) if isinstance(n, str)]
    found = 0
    for report in reports:
        dates = dateparser.search.search_dates(
            report.text, settings={"RELATIVE_BASE": __import__("datetime").datetime(2021, 10, 23)}
        )
        found += len(dates or [])
        for name in names:
            if re.search(re.escape(name), report.text, re.IGNORECASE):
                found += 1
    return found


def main() -> None:
    """Generate the corpus, time both approaches in this process, print rates and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--baseline-reports", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours; the best is reported")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    corpus = _corpus(args.reports)
    n_words = sum(len(r.text.split()) for r in corpus)
    print(f"corpus: {len(corpus)} reports, {n_words / len(corpus):.0f} words on average")

    extract_incidents(corpus[0].text, published=corpus[0].published)  # warm: index, caches, imports
    _baseline(corpus[:1])

    load = os.getloadavg()[0]
    ours_wall = ours_cpu = float("inf")
    for _ in range(args.repeat):  # best of N, as timeit does: the least disturbed run
        wall, cpu = time.perf_counter(), time.process_time()
        incidents = extract_many(corpus)
        ours_wall = min(ours_wall, time.perf_counter() - wall)
        ours_cpu = min(ours_cpu, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    for report in corpus[:50]:
        extract_incidents(report.text, published=report.published, source=report.source)
    single_wall, single_cpu = time.perf_counter() - wall, time.process_time() - cpu
    base_set = corpus[: args.baseline_reports]
    wall, cpu = time.perf_counter(), time.process_time()
    _baseline(base_set)
    base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu

    n_single = min(50, len(corpus))
    print(f"load average before timing: {load:.1f} (wall-clock rates suffer on a shared machine; CPU time less)")
    print("                                 reports/s (CPU time)   reports/s (wall clock)")
    print(f"ours (extract_many):            {len(corpus) / ours_cpu:10.1f} {len(corpus) / ours_wall:22.1f}"
          f"   ({len(incidents)} incidents)")  # fmt: skip
    print(f"ours (extract_incidents each):  {n_single / single_cpu:10.1f} {n_single / single_wall:22.1f}"
          "   (one GeoDataFrame per report)")  # fmt: skip
    print(f"baseline (search_dates + re):   {len(base_set) / base_cpu:10.1f} {len(base_set) / base_wall:22.1f}"
          "   (dates and places only)")  # fmt: skip
    ratio = (len(corpus) / ours_cpu) / (len(base_set) / base_cpu)
    print(f"ratio ours/baseline (CPU time): {ratio:10.1f}x   target: >= 200 reports/s for ours")


if __name__ == "__main__":
    main()
