"""The paradigm of how a report places an event (round 10): where, in English and Arabic, generated.

Each case is a sentence a journalist could write (a dateline, an event verb, a place told with a relation word)
built from word classes: the names and spellings of every gazetteer landmark (transliterations, the article,
possessives, descriptive heads; Arabic clitics, hamza, taa marbuta, alef forms), the relation words and their
mapping to the annotation rules' relations (``eval/README.md``, "Annotation rules"; ``geocoding.relation_in``),
the roles a place plays (where it happens, launch site, origin of a march, a negated place, a reference, a part
of a landmark, a place the gazetteer lacks) and names that contain a landmark's name but are not it.
The expected answer is computed by the generator: the (landmark_id, relation) of the incident(s).
"""

from __future__ import annotations

from datetime import date
from itertools import cycle

import pytest

# --- word classes ------------------------------------------------------------------------------------------------

# The names of each landmark in the forms English text writes them (with "the" where text uses it).
_EN_NAMES: dict[str, list[str]] = {
    "green_zone": [
        "the Green Zone",
        "Baghdad's Green Zone",
        "the heavily fortified Green Zone",
        "the International Zone",
        "the fortified Green Zone",
        "the green zone",
        "the IZ",
    ],
    "bridge_jumhuriya": [
        "the Jumhuriya Bridge",
        "al-Jumhuriya Bridge",
        "the al-Jumhuriya bridge",
        "the Jumhouriya bridge",
        "the Jumhuriyah Bridge",
        "the Republic Bridge",
        "the Jumhuriya (Republic) Bridge",
        "el-Jumhuriya bridge",
        "the Al Jumhuriya Bridge",
        "the bridge of al-Jumhuriya",
        "Baghdad's Jumhuriya Bridge",
        "Jumhuriya bridge",
        "the Jumhuriya Bridge, which leads to the Green Zone,",
        "the Republic (Jumhuriya) Bridge",
        "the Jumhouriyah bridge",
        "the Jumhuriyya bridge",
    ],
    "bridge_14_july": [
        "the suspension bridge",
        "the 14th of July Bridge",
        "the 14 July Bridge",
        "the Suspension Bridge",
        "the al-Muallaq bridge",
        "Baghdad's suspension bridge",
        "the July 14 bridge",
    ],
    "bridge_sinak": [
        "the Sinak Bridge",
        "al-Sinak bridge",
        "the Senak bridge",
        "the Sinnak bridge",
        "the al-Sinak Bridge",
        "Sinak bridge",
        "the Sennak bridge",
        "the bridge of al-Sinak",
    ],
    "bridge_ahrar": ["the Ahrar Bridge", "al-Ahrar bridge", "the al-Ahrar Bridge", "the Ahrar bridge"],
    "bridge_jadriya": [
        "the Jadriya Bridge",
        "the Jadiriya bridge",
        "the al-Jadriya Bridge",
        "the Jadriyah bridge",
        "Jadriya bridge",
    ],
    "gate_assassins": ["the Assassins' Gate", "Assassins Gate"],
    "us_embassy": [
        "the U.S. Embassy",
        "the US embassy",
        "the American embassy",
        "the United States embassy",
        "the embassy of the United States",
        "the U.S. embassy compound",
        "the sprawling U.S. Embassy",
    ],
    "republican_palace": ["the Republican Palace", "the Presidential Palace", "the Republican palace"],
    "baghdad_convention_center": [
        "the parliament building",
        "the Iraqi parliament",
        "Iraq's parliament building",
        "the Baghdad Convention Center",
        "the Council of Representatives",
        "the Iraqi parliament building",
    ],
    "al_rasheed_hotel": [
        "the al-Rasheed Hotel",
        "the Rasheed Hotel",
        "the al-Rashid hotel",
        "the Rashid Hotel",
        "the Al Rasheed hotel",
    ],
    "supreme_judicial_council": [
        "the Supreme Judicial Council",
        "the Federal Supreme Court",
        "the Baghdad Clock building",
    ],
    "tomb_unknown_soldier": ["the Unknown Soldier Monument", "the Tomb of the Unknown Soldier"],
    "swords_of_qadisiyah": ["the Victory Arch", "the Crossed Swords", "the Swords of Qadisiyah"],
    "ministry_of_planning": ["the Ministry of Planning", "the Planning Ministry"],
    "baghdad_tower": ["the Baghdad Tower", "the Mamoun tower"],
    "zawra_park": ["al-Zawraa Park", "Zawra Park", "the Zawraa park", "the Baghdad Zoo"],
    "palestine_hotel": ["the Palestine Hotel", "the Hotel Palestine"],
    "ishtar_hotel": ["the Ishtar Sheraton", "the Sheraton Ishtar hotel", "the Baghdad Sheraton"],
    "mansour_hotel": ["the Mansour Hotel", "the al-Mansour hotel", "the Mansour Melia hotel"],
    "khilani_mosque": ["the Khilani Mosque", "the al-Khilani mosque", "the Khulani mosque"],
    "pm_residence": ["the prime minister's residence", "the premier's residence", "the PM's residence"],
    "zaqura_building": ["the Prime Minister's Office", "the Zaqura Palace", "the prime minister's office building"],
    "tahrir_square": [
        "Tahrir Square",
        "Baghdad's Tahrir Square",
        "al-Tahrir Square",
        "Tahreer Square",
        "Liberation Square",
        "the Tahrir square",
        "central Baghdad's Tahrir Square",
        "Tahrir square",
        "the square of al-Tahrir",
        "Tahrir (Liberation) Square",
        "the Liberation (Tahrir) Square",
    ],
    "khilani_square": [
        "Khilani Square",
        "al-Khilani Square",
        "Khallani Square",
        "Kholani Square",
        "Khulani square",
        "Khillani square",
        "the Khilani square",
        "Baghdad's Khilani Square",
        "al-Khallani square",
    ],
    "firdos_square": ["Firdos Square", "Firdous Square", "Ferdous Square", "al-Firdaws Square"],
    "nisour_square": ["Nisour Square", "al-Nisour Square", "Nisoor square", "the Nisour square"],
    "grand_festivities_square": ["the Grand Festivities Square", "the Celebrations Square", "the parade ground"],
    "shawaf_square": ["Shawaf Square", "al-Shawaf square"],
    "karrada": ["Karrada", "the Karrada district", "Baghdad's Karrada district", "al-Karrada", "Karada"],
    "jadriya": ["Jadriya", "the Jadriya district", "al-Jadriya", "Jadiriya", "the Jadiriyah area"],
    "mansour": ["Mansour", "the Mansour district", "al-Mansour", "Baghdad's Mansour district"],
    "karradat_mariam": ["Karradat Mariam", "Karradat Maryam"],
}

# The kinds of preposition each kind of landmark takes for "where it happened" (English).
_EN_IN = {"square": "in", "district": "in", "perimeter": "inside", "bridge": "on", "building": "outside",
          "gate": "at"}  # fmt: skip

# The names in Arabic, as written (without a preposition); the article is part of the name.
_AR_NAMES: dict[str, list[str]] = {
    "green_zone": ["المنطقة الخضراء", "المنطقه الخضراء", "المنطقة الخضرا", "الخضراء", "المنطقة الدولية"],
    "bridge_jumhuriya": ["جسر الجمهورية", "جسر الجمهوريه", "جسر الجمهورية ببغداد"],
    "bridge_14_july": ["الجسر المعلق", "جسر 14 تموز", "جسر المعلق", "الجسر المعلّق"],
    "bridge_sinak": ["جسر السنك", "جسر السنك الرابط بين الكرخ والرصافة"],
    "bridge_ahrar": ["جسر الأحرار", "جسر الاحرار"],
    "bridge_jadriya": ["جسر الجادرية", "جسر الجادريه"],
    "us_embassy": [
        "السفارة الأمريكية",
        "السفارة الامريكية",
        "السفارة الأميركية",
        "السفاره الامريكيه",
        "سفارة واشنطن",
        "سفارة الولايات المتحدة",
        "مبنى السفارة الأمريكية",
        "مجمع السفارة الأمريكية",
    ],
    "republican_palace": ["القصر الجمهوري", "القصر الحكومي"],
    "baghdad_convention_center": [
        "مبنى البرلمان",
        "مجلس النواب",
        "مقر البرلمان",
        "مبنى مجلس النواب",
        "البرلمان العراقي",
    ],
    "al_rasheed_hotel": ["فندق الرشيد"],
    "supreme_judicial_council": ["مجلس القضاء الأعلى", "مجلس القضاء الاعلى", "المحكمة الاتحادية"],
    "tomb_unknown_soldier": ["نصب الجندي المجهول"],
    "swords_of_qadisiyah": ["قوس النصر"],
    "ministry_of_planning": ["وزارة التخطيط", "مبنى وزارة التخطيط"],
    "baghdad_tower": ["برج بغداد"],
    "zawra_park": ["متنزه الزوراء", "منتزه الزوراء", "حديقة الزوراء"],
    "palestine_hotel": ["فندق فلسطين"],
    "ishtar_hotel": ["فندق عشتار"],
    "mansour_hotel": ["فندق المنصور"],
    "khilani_mosque": ["جامع الخلاني"],
    "pm_residence": ["منزل رئيس الوزراء"],
    "zaqura_building": ["مكتب رئيس الوزراء"],
    "tahrir_square": ["ساحة التحرير", "ساحه التحرير", "نصب الحرية"],
    "khilani_square": ["ساحة الخلاني", "ساحه الخلاني"],
    "firdos_square": ["ساحة الفردوس"],
    "nisour_square": ["ساحة النسور"],
    "grand_festivities_square": ["ساحة الاحتفالات الكبرى", "ساحة الاحتفالات"],
    "shawaf_square": ["ساحة الشواف"],
    "karrada": ["الكرادة", "منطقة الكرادة", "الكراده", "حي الكرادة"],
    "jadriya": ["الجادرية", "منطقة الجادرية", "الجادريه"],
    "mansour": ["المنصور", "منطقة المنصور", "حي المنصور"],
    "karradat_mariam": ["كرادة مريم", "منطقة كرادة مريم"],
}

_KIND = {
    "green_zone": "perimeter", "gate_assassins": "gate", "karrada": "district", "jadriya": "district",
    "mansour": "district", "karradat_mariam": "district",
}  # fmt: skip
for _lid in _EN_NAMES:
    _KIND.setdefault(
        _lid, "bridge" if _lid.startswith("bridge_") else "square" if _lid.endswith("square") else "building"
    )

# Event clauses: {p} is the preposition and place; (English, Arabic).
_EN_EVENTS = [
    "BAGHDAD - Hundreds of protesters rallied {p} on Monday, demanding jobs and better services.",
    "BAGHDAD - A roadside bomb exploded {p} on Monday morning, wounding two passers-by, police said.",
    "BAGHDAD - Security forces fired tear gas at demonstrators {p} on Monday, injuring several.",
    "BAGHDAD - Dozens of graduates staged a sit-in {p} on Monday to demand government jobs.",
]
_AR_EVENTS = [
    "بغداد - تظاهر المئات، اليوم الاثنين، {p} للمطالبة بفرص عمل وتحسين الخدمات.",
    "بغداد - انفجرت عبوة ناسفة، صباح اليوم الاثنين، {p} ما أسفر عن إصابة شخصين، بحسب مصدر أمني.",
    "بغداد - أطلقت القوات الأمنية، اليوم الاثنين، الغاز المسيل للدموع على المتظاهرين {p}.",
    "بغداد - نظم عشرات الخريجين، اليوم الاثنين، وقفة احتجاجية {p} للمطالبة بالتعيين.",
]


def _rel_in(lid: str) -> str:
    return "inside" if _KIND[lid] == "perimeter" else "at"


def _en_in(lid: str) -> str:
    return _EN_IN[_KIND[lid]]


_AR_IN = {"bridge": "على"}

# --- families ----------------------------------------------------------------------------------------------------

Case = tuple[str, str, list[tuple[str, str]]]  # (family, sentence, expected (landmark_id, relation) rows)


def _names_en() -> list[Case]:
    out: list[Case] = []
    events = cycle(_EN_EVENTS)
    for lid, names in _EN_NAMES.items():
        for name in names:
            prep = _en_in(lid)
            rel = "at" if prep == "outside" else _rel_in(lid)
            out.append(("names_en", next(events).format(p=f"{prep} {name}"), [(lid, rel)]))
    return out


_AR_CLITIC_FORMS = ["في {n}", "وفي {n}", "ب{n}", "عند {n}", "فعند {n}"]


def _names_ar() -> list[Case]:
    out: list[Case] = []
    events = cycle(_AR_EVENTS)
    forms = cycle(_AR_CLITIC_FORMS)
    for lid, names in _AR_NAMES.items():
        for name in names:
            kind = _KIND[lid]
            if kind == "bridge":
                phrase, rel = f"على {name}", "at"
            else:
                form = next(forms)
                phrase = form.format(n=name)
                rel = _rel_in(lid) if form.endswith("في {n}") or form == "ب{n}" else "at"
            out.append(("names_ar", next(events).format(p=phrase), [(lid, rel)]))
    return out


# (English words, expected relation for a spot, for a perimeter, for a district, for a bridge); None: not used
_EN_RELATIONS: list[tuple[str, str | None, str | None, str | None]] = [
    ("at", "at", "at", "at"),
    ("near", "near", "near", "near"),
    ("close to", "near", "near", "near"),
    ("a few hundred metres from", "near", "near", "near"),
    ("not far from", "near", "near", "near"),
    ("next to", "near", None, "near"),
    ("in front of", "at", None, None),
    ("outside", "at", "outside", None),
    ("right outside", "at", "outside", None),
    ("at the gate of", "at", "near", None),
    ("at the entrance to", "at", "near", None),
    ("at the main entrance of", "at", "near", None),
    ("inside", "at", "inside", "at"),
    ("within", None, "inside", None),
    ("in", "at", "inside", "at"),
    ("in the vicinity of", "near", "near", "near"),
    ("just outside", "at", "outside", None),
]
_REL_SAMPLE = {
    "building": ["us_embassy", "al_rasheed_hotel", "baghdad_convention_center", "palestine_hotel", "republican_palace"],
    "perimeter": ["green_zone"],
    "district": ["karrada", "mansour"],
    "square": ["tahrir_square", "khilani_square", "nisour_square"],
    "bridge": ["bridge_jumhuriya", "bridge_sinak", "bridge_14_july"],
}


def _relations_en() -> list[Case]:
    out: list[Case] = []
    events = cycle(_EN_EVENTS)
    for words, spot, area, district in _EN_RELATIONS:
        for kind, lids in _REL_SAMPLE.items():
            rel = area if kind == "perimeter" else district if kind == "district" else spot
            if kind == "square" and words in (
                "at the gate of",
                "at the entrance to",
                "at the main entrance of",
                "inside",
                "in front of",
                "outside",
                "right outside",
                "just outside",
            ):
                continue
            if kind == "bridge" and words in (
                "in",
                "inside",
                "at the gate of",
                "at the entrance to",
                "at the main entrance of",
            ):
                continue
            if rel is None:
                continue
            for lid in lids:
                name = _EN_NAMES[lid][0]
                out.append(("relations_en", next(events).format(p=f"{words} {name}"), [(lid, rel)]))
    # bridges: on, across, over
    for words in ("on", "across", "on top of", "over"):
        for lid in _REL_SAMPLE["bridge"]:
            event = "BAGHDAD - Protesters blocked traffic {p} on Monday, burning tyres and chanting slogans."
            out.append(("relations_en", event.format(p=f"{words} {_EN_NAMES[lid][0]}"), [(lid, "at")]))
    # going: towards
    goings = [
        "BAGHDAD - Thousands of protesters marched towards {n} on Monday, chanting against corruption.",
        "BAGHDAD - Hundreds of demonstrators headed towards {n} on Monday, waving Iraqi flags.",
        "BAGHDAD - Angry protesters marched on {n} on Monday, demanding the government resign.",
        "BAGHDAD - Crowds of young men moved toward {n} on Monday, chanting slogans against the parties.",
        "BAGHDAD - Thousands of Sadr supporters were heading to {n} on Monday afternoon to protest the vote.",
    ]
    gl = cycle(goings)
    for lid in [
        "green_zone",
        "us_embassy",
        "baghdad_convention_center",
        "bridge_jumhuriya",
        "tahrir_square",
        "bridge_sinak",
        "republican_palace",
        "ministry_of_planning",
        "bridge_14_july",
        "zaqura_building",
    ]:
        for _ in range(2):
            out.append(("towards_en", next(gl).format(n=_EN_NAMES[lid][0]), [(lid, "towards")]))
    return out


# (Arabic words, relation for a spot, a perimeter, a district, a bridge)
_AR_RELATIONS: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("قرب", "near", "near", "near", "near"),
    ("بالقرب من", "near", "near", "near", "near"),
    ("على مقربة من", "near", "near", "near", "near"),
    ("وقرب", "near", "near", "near", "near"),
    ("قريباً من", "near", "near", None, "near"),
    ("أمام", "at", None, None, None),
    ("امام", "at", None, None, None),
    ("عند", "at", None, None, "at"),
    ("داخل", "at", "inside", "at", None),
    ("في", "at", "inside", "at", None),
    ("على", None, None, None, "at"),
    ("فوق", None, None, None, "at"),
    ("في محيط", "near", "near", None, "near"),
    ("عند بوابة", "at", "near", None, None),
    ("عند مدخل", "at", "near", None, None),
    ("خارج", None, "outside", None, None),
    ("بجوار", "near", None, None, "near"),
    ("على بعد مئات الأمتار من", "near", "near", None, "near"),
]
_AR_REL_SAMPLE = {
    "building": ["us_embassy", "al_rasheed_hotel", "baghdad_convention_center", "ministry_of_planning"],
    "perimeter": ["green_zone"],
    "district": ["karrada", "mansour"],
    "bridge": ["bridge_jumhuriya", "bridge_sinak", "bridge_14_july"],
    "square": ["tahrir_square", "khilani_square"],
}


def _relations_ar() -> list[Case]:
    out: list[Case] = []
    events = cycle(_AR_EVENTS)
    for words, spot, area, district, bridge in _AR_RELATIONS:
        for kind, lids in _AR_REL_SAMPLE.items():
            rel = {"perimeter": area, "district": district, "bridge": bridge}.get(kind, spot)
            if kind == "square" and words in ("أمام", "امام", "عند بوابة", "عند مدخل", "داخل"):
                continue
            if kind == "square" and words in ("على", "فوق", "خارج"):
                continue
            if rel is None:
                continue
            if kind == "building" and lids[3] and words in ("عند بوابة", "عند مدخل"):
                lids = lids[:3]  # the Ministry of Planning's gate is a landmark of its own
            for lid in lids:
                name = _AR_NAMES[lid][0]
                out.append(("relations_ar", next(events).format(p=f"{words} {name}"), [(lid, rel)]))
    goings = [
        "بغداد - توجه آلاف المتظاهرين، اليوم الاثنين، نحو {n} مرددين هتافات ضد الفساد.",
        "بغداد - زحف مئات المحتجين، اليوم الاثنين، باتجاه {n} للمطالبة بإقالة الحكومة.",
        "بغداد - سار آلاف من أنصار التيار الصدري، اليوم الاثنين، صوب {n} احتجاجاً على نتائج الانتخابات.",
        "بغداد - تحرك مئات المتظاهرين، اليوم الاثنين، إلى {n} رافعين الأعلام العراقية.",
        "بغداد - زحف آلاف المتظاهرين، اليوم الاثنين، إلى {n} للمطالبة بإقالة الحكومة.",
    ]
    gl = cycle(goings)
    for lid in [
        "green_zone",
        "us_embassy",
        "baghdad_convention_center",
        "bridge_jumhuriya",
        "republican_palace",
        "bridge_sinak",
        "bridge_14_july",
        "ministry_of_planning",
    ]:
        for _ in range(2):
            out.append(("towards_ar", next(gl).format(n=_AR_NAMES[lid][0]), [(lid, "towards")]))
    return out


def _roles() -> list[Case]:
    """Where it happened vs. launch site, origin, negated place, reference, part of a landmark, unknown place."""
    out: list[Case] = []
    # launch site (English, Arabic)
    for src in (
        "Jadriya",
        "the Karrada district",
        "an orchard in Jadriya",
        "a site near the Jumhuriya Bridge",
        "southern Baghdad",
        "a farm near Zawraa Park",
        "Baghdad's Mansour district",
    ):
        for tgt, rel in (("near the U.S. Embassy", "near"), ("inside the Green Zone", "inside")):
            lid = "us_embassy" if "Embassy" in tgt else "green_zone"
            out.append(
                (
                    "launch_en",
                    f"BAGHDAD - A Katyusha rocket fired from {src} landed {tgt} on Monday night, "
                    "causing no casualties, a security source said.",
                    [(lid, rel)],
                )
            )
            # a direct object has no word of place: "at" (the zone's "inside" is true of it)
            out.append(
                (
                    "launch_en",
                    f"BAGHDAD - A rocket launched from {src} struck {tgt.split(' ', 1)[1]} "
                    "on Monday night, causing no casualties.",
                    [(lid, "at")],
                )
            )
    for src in ("منطقة الجادرية", "الكرادة", "قرب جسر الجمهورية", "منطقة المنصور", "بستان في الجادرية"):
        for tgt, lid, rel in (
            ("قرب السفارة الأمريكية", "us_embassy", "near"),
            ("داخل المنطقة الخضراء", "green_zone", "inside"),
        ):
            out.append(
                (
                    "launch_ar",
                    f"بغداد - سقط صاروخ كاتيوشا، مساء اليوم الاثنين، {tgt}، انطلق من {src}، دون وقوع إصابات.",
                    [(lid, rel)],
                )
            )
            out.append(
                (
                    "launch_ar",
                    f"بغداد - انطلق صاروخ كاتيوشا، مساء اليوم الاثنين، من {src} وسقط {tgt} دون أن يسفر عن إصابات.",
                    [(lid, rel)],
                )
            )
    # the aim, then the launch site after "from"
    for src in ("Jadriya", "the Dora district", "an orchard in Jadriya", "a site near the Jumhuriya Bridge"):
        for tgt, lid in (("the U.S. Embassy", "us_embassy"), ("the Republican Palace", "republican_palace")):
            out.append(
                (
                    "launch_en",
                    f"BAGHDAD - Two rockets were fired at {tgt} from {src} on Monday night, "
                    "police said, causing no casualties.",
                    [(lid, "at")],
                )
            )
    # origin of a march
    for src in ("Tahrir Square", "Khilani Square", "Firdos Square", "Nisour Square"):
        for tgt, lid in (
            ("the Green Zone", "green_zone"),
            ("the Jumhuriya Bridge", "bridge_jumhuriya"),
            ("the parliament building", "baghdad_convention_center"),
        ):
            if src.startswith("Tahrir") and lid == "bridge_jumhuriya":
                continue
            out.append(
                (
                    "origin_en",
                    f"BAGHDAD - Thousands of protesters marched from {src} towards {tgt} on Monday, "
                    "chanting against the government.",
                    [(lid, "towards")],
                )
            )
    for src in ("ساحة التحرير", "ساحة النسور", "ساحة الفردوس"):
        for tgt, lid in (("المنطقة الخضراء", "green_zone"), ("مبنى البرلمان", "baghdad_convention_center")):
            out.append(
                (
                    "origin_ar",
                    f"بغداد - انطلقت تظاهرة حاشدة، اليوم الاثنين، من {src} باتجاه {tgt} للمطالبة بالإصلاح.",
                    [(lid, "towards")],
                )
            )
            out.append(
                (
                    "origin_ar",
                    f"بغداد - خرج آلاف المحتجين، اليوم الاثنين، من {src} متجهين نحو {tgt}.",
                    [(lid, "towards")],
                )
            )
    # a negated place: the impact place is the other
    for neg, lid2, pl2, rel2 in (
        ("None of them hit the U.S. Embassy", "zawra_park", "near al-Zawraa Park", "near"),
        ("None landed on the embassy", "jadriya", "in Jadriya", "at"),
        ("None of the rockets struck the Green Zone", "karrada", "in Karrada", "at"),
        ("None hit the embassy compound", "al_rasheed_hotel", "near the Rasheed Hotel", "near"),
    ):
        out.append(
            (
                "negated_en",
                f"BAGHDAD - Three rockets were fired at the U.S. Embassy on Monday night. {neg}; "
                f"one came down {pl2}, wounding a guard.",
                [(lid2, rel2)],
            )
        )
    for neg, lid2, pl2, rel2 in (
        ("ولم يسقط أي منها على السفارة الأمريكية", "jadriya", "في منطقة الجادرية", "at"),
        ("ولم تصب السفارة بأذى", "karrada", "في الكرادة", "at"),
    ):
        out.append(
            (
                "negated_ar",
                f"بغداد - أطلقت ثلاثة صواريخ، مساء اليوم الاثنين، باتجاه السفارة الأمريكية، {neg}، "
                f"إذ سقط أحدها {pl2} ما أسفر عن إصابة حارس.",
                [(lid2, rel2)],
            )
        )
    # a place named as a reference
    out += [
        (
            "reference_en",
            "BAGHDAD - A roadside bomb exploded on the road leading to the Green Zone on Monday, "
            "wounding two soldiers.",
            [("green_zone", "near")],
        ),
        (
            "reference_en",
            "BAGHDAD - A bomb exploded on Monday on a street leading to Tahrir Square, wounding three people.",
            [("tahrir_square", "near")],
        ),
        (
            "reference_en",
            "BAGHDAD - Protesters clashed with police on Monday near the Jumhuriya Bridge, which "
            "leads to the Green Zone.",
            [("bridge_jumhuriya", "near")],
        ),
        (
            "reference_en",
            "BAGHDAD - A rocket landed on Monday near the Jumhuriya Bridge, a few hundred metres from "
            "the Green Zone, without casualties.",
            [("bridge_jumhuriya", "near")],
        ),
        (
            "reference_ar",
            "بغداد - انفجرت عبوة ناسفة، اليوم الاثنين، على الطريق المؤدي إلى المنطقة الخضراء، ما أسفر عن إصابة جنديين.",
            [("green_zone", "near")],
        ),
        (
            "reference_ar",
            "بغداد - تظاهر المئات، اليوم الاثنين، قرب جسر الجمهورية المؤدي إلى المنطقة الخضراء.",
            [("bridge_jumhuriya", "near")],
        ),
    ]
    # part of a landmark
    parts_en = [
        ("in the U.S. embassy's cafeteria", "us_embassy"),
        ("in the U.S. Embassy's cafeteria", "us_embassy"),
        ("in the car park of the Rasheed Hotel", "al_rasheed_hotel"),
        ("in a room in parliament", "baghdad_convention_center"),
        ("in the courtyard of the Republican Palace", "republican_palace"),
        ("in the garden of the Palestine Hotel", "palestine_hotel"),
        ("on the roof of the Ministry of Planning", "ministry_of_planning"),
        ("in the parking lot of the U.S. Embassy", "us_embassy"),
        ("in the main hall of the parliament building", "baghdad_convention_center"),
    ]
    for words, lid in parts_en:
        out.append(
            (
                "part_en",
                f"BAGHDAD - A rocket exploded {words} on Monday night, wounding a worker, officials said.",
                [(lid, "at")],
            )
        )
    parts_ar = [
        ("في باحة السفارة الأمريكية", "us_embassy"),
        ("داخل مرأب فندق الرشيد", "al_rasheed_hotel"),
        ("على سطح مبنى وزارة التخطيط", "ministry_of_planning"),
        ("في حديقة فندق فلسطين", "palestine_hotel"),
        ("في قاعة مجلس النواب", "baghdad_convention_center"),
        ("داخل مجمع السفارة الأمريكية", "us_embassy"),
    ]
    for words, lid in parts_ar:
        out.append(("part_ar", f"بغداد - سقط صاروخ، مساء اليوم الاثنين، {words} ما أسفر عن إصابة عامل.", [(lid, "at")]))
    # a place the gazetteer lacks: the city
    unknown_en = [
        "on Palestine Street",
        "in Sadr City",
        "on Saadoun Street",
        "in the Dora district",
        "on Rasheed Street",
        "in Palestine Street",
        "on al-Nidhal Street",
        "in the Bab al-Sharqi area",
        "in Zayouna",
        "on Abu Nuwas Street",
        "in the Adhamiya district",
        "on Mutanabbi Street",
        "in al-Amil district",
    ]
    events = cycle(_EN_EVENTS)
    for words in unknown_en:
        out.append(("unknown_en", next(events).format(p=words), [("baghdad", "at")]))
    unknown_ar = [
        "في شارع فلسطين",
        "في مدينة الصدر",
        "في شارع السعدون",
        "في منطقة الدورة",
        "في شارع الرشيد",
        "في حي الجهاد",
        "في منطقة الباب الشرقي",
        "في شارع أبو نؤاس",
        "في منطقة زيونة",
        "في شارع المتنبي",
        "بشارع فلسطين",
        "في حي الأعظمية",
    ]
    events = cycle(_AR_EVENTS)
    for words in unknown_ar:
        out.append(("unknown_ar", next(events).format(p=words), [("baghdad", "at")]))
    # two places in one clause: the more specific where the event is
    out += [
        (
            "two_places_en",
            "BAGHDAD - A roadside bomb exploded in Karrada near the Jadriya Bridge on Monday, wounding two people.",
            [("bridge_jadriya", "near")],
        ),
        (
            "two_places_en",
            "BAGHDAD - Protesters rallied in Tahrir Square, near the Jumhuriya Bridge, on Monday.",
            [("tahrir_square", "at")],
        ),
        (
            "two_places_en",
            "BAGHDAD - A rocket landed inside the Green Zone near the U.S. Embassy on Monday night.",
            [("us_embassy", "near")],
        ),
        (
            "two_places_en",
            "BAGHDAD - Protesters gathered on Monday in Mansour, outside the Mansour Hotel.",
            [("mansour_hotel", "at")],
        ),
        (
            "two_places_ar",
            "بغداد - انفجرت عبوة ناسفة، اليوم الاثنين، في منطقة الكرادة قرب جسر الجادرية.",
            [("bridge_jadriya", "near")],
        ),
        (
            "two_places_ar",
            "بغداد - سقط صاروخ، مساء اليوم الاثنين، داخل المنطقة الخضراء قرب السفارة الأمريكية.",
            [("us_embassy", "near")],
        ),
        (
            "two_places_ar",
            "بغداد - تظاهر المئات، اليوم الاثنين، في ساحة التحرير قرب جسر الجمهورية.",
            [("tahrir_square", "at")],
        ),
    ]
    return out


def _must_not() -> list[Case]:
    """Names that contain a landmark's name and are not it: the event stays at its own place."""
    en = [
        ("Mohammed Tahrir, a 23-year-old activist, was shot dead", "in Karrada", "karrada"),
        ("Activist Ali al-Khilani was shot dead", "in Mansour", "mansour"),
        ("Members of Hizb al-Tahrir protested", "in Karrada", "karrada"),
        ("Journalists of the al-Sabah and Tahrir newspapers rallied", "in Firdos Square", "firdos_square"),
        ("Supporters of the Tahrir movement rallied", "in Nisour Square", "nisour_square"),
        ("Hundreds of protesters chanting against the Islamic Republic rallied", "in Karrada", "karrada"),
        ("A roadside bomb struck a convoy of the Republican Guard", "in Mansour", "mansour"),
        ("Gunmen shot dead Hassan al-Sinak, a shop owner,", "in Jadriya", "jadriya"),
        ("Employees of the Palestine Street branch of Rafidain Bank protested", "in Tahrir Square", "tahrir_square"),
        ("Relatives of a man killed near a bridge in Mosul protested", "in Tahrir Square", "tahrir_square"),
        ("Parliament condemned the attack after a roadside bomb exploded", "in Karrada", "karrada"),
        ("Lawyers from the Jumhuriya Party staged a protest", "in Khilani Square", "khilani_square"),
        ("Students of al-Mansour University rallied", "in Tahrir Square", "tahrir_square"),
        ("Students of the Karrada school rallied", "in Firdos Square", "firdos_square"),
        ("Workers of the Zawraa company protested", "in Tahrir Square", "tahrir_square"),
    ]
    out: list[Case] = []
    for clause, place, lid in en:
        out.append(("must_not_en", f"BAGHDAD - {clause} {place} on Monday, police said.", [(lid, "at")]))
    ar = [
        ("قُتل الناشط محمد تحرير برصاص مسلحين مجهولين", "في الكرادة", "karrada"),
        ("اغتال مسلحون مجهولون الناشط علي الخلاني", "في المنصور", "mansour"),
        ("تظاهر المئات ضد الجمهورية الإسلامية", "في الكرادة", "karrada"),
        ("اعتصم العشرات للمطالبة بلقاء رئيس الجمهورية", "في ساحة التحرير", "tahrir_square"),
        ("تظاهر صحفيو جريدة الجمهورية", "في ساحة الفردوس", "firdos_square"),
        ("تظاهر المئات، فيما قال البرلمان إنه سيناقش مطالبهم،", "في ساحة النسور", "nisour_square"),
        ("نظم طلاب جامعة المنصور وقفة احتجاجية", "في ساحة التحرير", "tahrir_square"),
        ("تظاهر أهالي ضحايا جسر الأئمة", "في ساحة التحرير", "tahrir_square"),
        ("انفجرت عبوة ناسفة استهدفت موكب عضو في مجلس النواب", "في منطقة الجادرية", "jadriya"),
        ("تظاهر العشرات من أنصار حزب التحرير", "في الكرادة", "karrada"),
    ]
    for clause, place, lid in ar:
        out.append(("must_not_ar", f"بغداد - {clause}، اليوم الاثنين، {place}.", [(lid, "at")]))
    # a bridge or square of another city: no Baghdad event at a landmark
    out += [
        (
            "must_not_en",
            "MOSUL - Hundreds of protesters rallied on the Jumhuriya bridge in Mosul on Monday, demanding jobs.",
            [],
        ),
        ("must_not_en", "NASIRIYAH - Thousands rallied in Nasiriyah's Habboubi Square on Monday.", []),
        ("must_not_ar", "الناصرية - تظاهر المئات، اليوم الاثنين، في ساحة الحبوبي وسط الناصرية.", []),
        ("must_not_ar", "البصرة - تظاهر المئات، اليوم الاثنين، أمام مبنى مجلس محافظة البصرة.", []),
    ]
    return out


def _structures() -> list[Case]:
    """Bridge ends and gates, appositions and relative clauses, more relation words, bare nouns, datelines."""
    out: list[Case] = []
    ev_en = cycle(_EN_EVENTS)
    ev_ar = cycle(_AR_EVENTS)
    ends_en = [
        ("at the Tahrir end of the Jumhuriya Bridge", "bridge_jumhuriya_tahrir_end", "at"),
        ("on the Tahrir side of the Republic Bridge", "bridge_jumhuriya_tahrir_end", "at"),
        ("at the Green Zone end of the Jumhuriya Bridge", "bridge_jumhuriya_gz_end", "at"),
        ("at the Khilani end of the Sinak Bridge", "bridge_sinak_khilani_end", "at"),
        ("on the Karkh side of the Sinak bridge", "bridge_sinak_karkh_end", "at"),
        ("at the Karkh end of the Ahrar Bridge", "bridge_ahrar_karkh_end", "at"),
        ("at the Jadriya end of the suspension bridge", "bridge_14_july_outside_end", "at"),
    ]
    for words, lid, rel in ends_en:
        out.append(("ends_en", next(ev_en).format(p=words), [(lid, rel)]))
    ends_ar = [
        ("عند طرف جسر الجمهورية من جهة ساحة التحرير", "bridge_jumhuriya_tahrir_end", "at"),
        ("عند مدخل جسر الجمهورية من جهة التحرير", "bridge_jumhuriya_tahrir_end", "at"),
        ("عند طرف جسر السنك من جهة الخلاني", "bridge_sinak_khilani_end", "at"),
        ("عند جسر الجمهورية من جهة المنطقة الخضراء", "bridge_jumhuriya_gz_end", "at"),
        ("عند الجسر المعلق من جهة الجادرية", "bridge_14_july_outside_end", "at"),
    ]
    for words, lid, rel in ends_ar:
        out.append(("ends_ar", next(ev_ar).format(p=words), [(lid, rel)]))
    gates = [
        ("ends_en", "at the Jumhuriya Bridge gate of the Green Zone", "gate_jumhuriya_bridge_planning", "at"),
        ("ends_en", "at the Ministry of Planning gate", "gate_jumhuriya_bridge_planning", "at"),
        ("ends_en", "at the suspension bridge entrance to the Green Zone", "gate_14_july_bridge", "at"),
        ("ends_en", "at the Green Zone entrance near the suspension bridge", "gate_14_july_bridge", "at"),
        ("ends_ar", "عند بوابة التخطيط", "gate_jumhuriya_bridge_planning", "at"),
        ("ends_ar", "قرب بوابة التخطيط", "gate_jumhuriya_bridge_planning", "near"),
        ("ends_ar", "عند بوابة الجسر المعلق", "gate_14_july_bridge", "at"),
        ("ends_ar", "عند مدخل المنطقة الخضراء من جهة الجسر المعلق", "gate_14_july_bridge", "at"),
    ]
    for fam, words, lid, rel in gates:
        out.append((fam, (next(ev_en) if fam.endswith("en") else next(ev_ar)).format(p=words), [(lid, rel)]))
    # a descriptive apposition or relative clause naming other places: the head is the place
    desc_en = [
        ("on the Jumhuriya Bridge, which links Tahrir Square to the Green Zone,", "bridge_jumhuriya", "at"),
        ("on the Jumhuriya Bridge, which leads to the fortified Green Zone,", "bridge_jumhuriya", "at"),
        ("in Tahrir Square, the epicentre of the 2019 protest movement,", "tahrir_square", "at"),
        ("in Tahrir Square, a short walk from the Green Zone,", "tahrir_square", "at"),
        ("near the Sinak Bridge, which connects Khilani Square to the Karkh side,", "bridge_sinak", "near"),
        ("in Karrada, a busy commercial district across the river from the Green Zone,", "karrada", "at"),
        ("outside the Ministry of Planning, near the Jumhuriya Bridge,", "ministry_of_planning", "at"),
        ("near the U.S. Embassy, on the west bank of the Tigris,", "us_embassy", "near"),
        ("in Khilani Square, next to the Sinak Bridge,", "khilani_square", "at"),
        ("in Nisour Square, in western Baghdad,", "nisour_square", "at"),
    ]
    for words, lid, rel in desc_en:
        out.append(("described_en", next(ev_en).format(p=words), [(lid, rel)]))
    desc_ar = [
        ("على جسر الجمهورية الذي يربط ساحة التحرير بالمنطقة الخضراء", "bridge_jumhuriya", "at"),
        ("على جسر الجمهورية المؤدي إلى المنطقة الخضراء", "bridge_jumhuriya", "at"),
        ("في ساحة التحرير وسط بغداد", "tahrir_square", "at"),
        ("في ساحة التحرير القريبة من المنطقة الخضراء", "tahrir_square", "at"),
        ("قرب جسر السنك الرابط بين الكرخ والرصافة", "bridge_sinak", "near"),
        ("في منطقة الكرادة وسط العاصمة", "karrada", "at"),
        ("في ساحة الخلاني المجاورة لجسر السنك", "khilani_square", "at"),
        ("أمام وزارة التخطيط القريبة من جسر الجمهورية", "ministry_of_planning", "at"),
    ]
    for words, lid, rel in desc_ar:
        out.append(("described_ar", next(ev_ar).format(p=words), [(lid, rel)]))
    # more relation words
    more_en = [
        ("opposite the U.S. Embassy", "us_embassy", "near"),
        ("behind the parliament building", "baghdad_convention_center", "near"),
        ("across the street from the Palestine Hotel", "palestine_hotel", "near"),
        ("a stone's throw from Tahrir Square", "tahrir_square", "near"),
        ("just off Tahrir Square", "tahrir_square", "near"),
        ("500 metres from the Green Zone", "green_zone", "near"),
        ("about 300 meters from the U.S. Embassy", "us_embassy", "near"),
        ("under the Jumhuriya Bridge", "bridge_jumhuriya", "at"),
        ("beneath the Sinak bridge", "bridge_sinak", "at"),
        ("beside the Khilani Mosque", "khilani_mosque", "near"),
        ("along the Jumhuriya Bridge", "bridge_jumhuriya", "at"),
        ("on the approaches to the Green Zone", "green_zone", "near"),
        ("at the edge of the Green Zone", "green_zone", "outside"),
        ("around Tahrir Square", "tahrir_square", "near"),
        ("in the area around the U.S. Embassy", "us_embassy", "near"),
        ("at the foot of the Jumhuriya Bridge", "bridge_jumhuriya", "at"),
        ("metres from the Republican Palace", "republican_palace", "near"),
        ("a short distance from the Rasheed Hotel", "al_rasheed_hotel", "near"),
        ("near one of the gates of the Green Zone", "green_zone", "near"),
        ("at one of the entrances to the Green Zone", "green_zone", "near"),
        ("at the gates of the Green Zone", "green_zone", "near"),
        ("outside the gates of the U.S. Embassy", "us_embassy", "at"),
        ("in the streets around Tahrir Square", "tahrir_square", "near"),
        ("in the side streets near Tahrir Square", "tahrir_square", "near"),
        ("on the road to the airport near the Victory Arch", "swords_of_qadisiyah", "near"),
    ]
    for words, lid, rel in more_en:
        out.append(("more_relations_en", next(ev_en).format(p=words), [(lid, rel)]))
    more_ar = [
        ("مقابل السفارة الأمريكية", "us_embassy", "near"),
        ("قبالة مبنى البرلمان", "baghdad_convention_center", "near"),
        ("خلف فندق فلسطين", "palestine_hotel", "near"),
        ("بجانب جامع الخلاني", "khilani_mosque", "near"),
        ("تحت جسر الجمهورية", "bridge_jumhuriya", "at"),
        ("بمحاذاة جسر السنك", "bridge_sinak", "near"),
        ("في الشوارع المحيطة بساحة التحرير", "tahrir_square", "near"),
        ("حول ساحة التحرير", "tahrir_square", "near"),
        ("عند أحد مداخل المنطقة الخضراء", "green_zone", "near"),
        ("عند بوابات المنطقة الخضراء", "green_zone", "near"),
        ("على أسوار المنطقة الخضراء", "green_zone", "near"),
        ("على مشارف المنطقة الخضراء", "green_zone", "near"),
        ("على بعد 500 متر من السفارة الأمريكية", "us_embassy", "near"),
        ("في محيط ساحة التحرير", "tahrir_square", "near"),
        ("على الطريق المؤدي إلى جسر الجمهورية", "bridge_jumhuriya", "near"),
        ("في ساحة التحرير، وسط بغداد", "tahrir_square", "at"),
        ("قريبا من ساحة الخلاني", "khilani_square", "near"),
        ("بالقرب من مبنى وزارة التخطيط", "ministry_of_planning", "near"),
    ]
    for words, lid, rel in more_ar:
        out.append(("more_relations_ar", next(ev_ar).format(p=words), [(lid, rel)]))
    # bare nouns of the country's landmark and arrival
    bare = [
        (
            "bare_en",
            "BAGHDAD - Hundreds of protesters stormed parliament on Monday, occupying the main hall.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Thousands of demonstrators gathered outside parliament on Monday, demanding new elections.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Protesters reached the gates of parliament on Monday after crossing the Jumhuriya Bridge.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_ar",
            "بغداد - اقتحم آلاف المتظاهرين، اليوم الاثنين، البرلمان واعتصموا داخله.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_ar",
            "بغداد - تظاهر المئات، اليوم الاثنين، أمام البرلمان للمطالبة بإقرار قانون الخدمة.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_ar",
            "بغداد - توافد آلاف المتظاهرين، اليوم الاثنين، إلى ساحة التحرير للمطالبة بالإصلاح.",
            [("tahrir_square", "at")],
        ),
        (
            "bare_ar",
            "بغداد - وصل مئات المتظاهرين، اليوم الاثنين، إلى جسر الجمهورية وسط هتافات ضد الحكومة.",
            [("bridge_jumhuriya", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Thousands of protesters reached Tahrir Square on Monday, chanting against the government.",
            [("tahrir_square", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Protesters crossed the Jumhuriya Bridge on Monday and gathered at the gates of the Green Zone.",
            [("green_zone", "near")],
        ),
        (
            "bare_en",
            "BAGHDAD - Hundreds of protesters poured into Tahrir Square on Monday, waving flags.",
            [("tahrir_square", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Supporters of the cleric breached the Green Zone on Monday and entered parliament.",
            [("baghdad_convention_center", "at")],
        ),
        (
            "bare_en",
            "BAGHDAD - Hundreds of protesters rallied in Baghdad on Monday, gathering in Tahrir and on Sinak bridge.",
            [("bridge_sinak", "at"), ("tahrir_square", "at")],
        ),
    ]
    out += bare
    # datelines and openings
    datelines = [
        "BAGHDAD (Reuters) - A roadside bomb exploded near the Jumhuriya Bridge on Monday, wounding two people.",
        "Baghdad, May 2 (AP) — A roadside bomb exploded near the Jumhuriya Bridge on Monday, wounding two people.",
        "BAGHDAD, Iraq — A roadside bomb exploded near the Jumhuriya Bridge on Monday, wounding two people.",
        "BAGHDAD: A roadside bomb exploded near the Jumhuriya Bridge on Monday, wounding two people.",
        "A roadside bomb exploded near Baghdad's Jumhuriya Bridge on Monday, wounding two people, police said.",
        "بغداد/ انفجرت عبوة ناسفة، اليوم الاثنين، قرب جسر الجمهورية ما أسفر عن إصابة شخصين.",
        "بغداد – خاص: انفجرت عبوة ناسفة، اليوم الاثنين، قرب جسر الجمهورية ما أسفر عن إصابة شخصين.",
        "أفاد مصدر أمني بانفجار عبوة ناسفة، اليوم الاثنين، قرب جسر الجمهورية وسط بغداد، ما أسفر عن إصابة شخصين.",
        "انفجرت عبوة ناسفة، اليوم الاثنين، قرب جسر الجمهورية في العاصمة بغداد، ما أسفر عن إصابة شخصين.",
    ]
    for t in datelines:
        out.append(("datelines", t, [("bridge_jumhuriya", "near")]))
    return out


# More spellings and forms of names in English: capitalised article, quotes, transliterations, glosses.
_SPELLINGS_EN: list[tuple[str, str, str]] = [
    ("in the vicinity of the Tahrir Square", "tahrir_square", "near"),
    ("in the area of Jadriya", "jadriya", "at"),
    ("in the Jadiriyah area", "jadriya", "at"),
    ("in Al-Jadiriya", "jadriya", "at"),
    ("near the 'Jumhuriya' bridge", "bridge_jumhuriya", "near"),
    ("near Al-Jumhuriya Bridge", "bridge_jumhuriya", "near"),
    ("in Al-Tahrir Square", "tahrir_square", "at"),
    ("in Al Khallani square", "khilani_square", "at"),
    ("on the Al-Sinak Bridge", "bridge_sinak", "at"),
    ('near the "Republic" bridge', "bridge_jumhuriya", "near"),
    ("near the Republic bridge", "bridge_jumhuriya", "near"),
    ("in Tahrir", "tahrir_square", "at"),
    ("in al-Khilani", "khilani_square", "at"),
    ("on al-Sinak", "bridge_sinak", "at"),
    ("on Sinak Bridge", "bridge_sinak", "at"),
    ("near the Senak bridge", "bridge_sinak", "near"),
    ("in Tahrir Sq.", "tahrir_square", "at"),
    ("at Liberation Square", "tahrir_square", "at"),
    ("in El-Tahrir Square", "tahrir_square", "at"),
    ("near the Jumhouriya Bridge", "bridge_jumhuriya", "near"),
    ("on Jamhuriya bridge", "bridge_jumhuriya", "at"),
    ("on the Jumhoriya bridge", "bridge_jumhuriya", "at"),
    ("in Khellani Square", "khilani_square", "at"),
    ("in Kholani Square", "khilani_square", "at"),
    ("near the Sennek Bridge", "bridge_sinak", "near"),
    ("at the Jadiriya bridge", "bridge_jadriya", "at"),
    ("at the Ahrar bridge", "bridge_ahrar", "at"),
    ("at Firdaws Square", "firdos_square", "at"),
    ("in Ferdos Square", "firdos_square", "at"),
    ("in Nusoor Square", "nisour_square", "at"),
    ("in al-Nusour square", "nisour_square", "at"),
    ("inside the Green zone", "green_zone", "inside"),
    ("inside the international zone", "green_zone", "inside"),
    ("outside the Iraqi Parliament", "baghdad_convention_center", "at"),
    ("outside the parliament", "baghdad_convention_center", "at"),
    ("outside Parliament", "baghdad_convention_center", "at"),
    ("in front of the US Embassy", "us_embassy", "at"),
    ("outside the American Embassy in Baghdad", "us_embassy", "at"),
    ("near the US Embassy in Baghdad", "us_embassy", "near"),
    ("near the Palestine hotel", "palestine_hotel", "near"),
    ("outside the Sheraton hotel", "ishtar_hotel", "at"),
    ("near Zawraa park", "zawra_park", "near"),
    ("near the Zawra Park", "zawra_park", "near"),
    ("near the Unknown Soldier monument", "tomb_unknown_soldier", "near"),
    ("under the Freedom Monument", "tahrir_square", "at"),
    ("beneath Nasb al-Hurriya", "tahrir_square", "at"),
    ("near the Republican palace", "republican_palace", "near"),
    ("near the government palace", "republican_palace", "near"),
    ("outside the Mansour Melia", "mansour_hotel", "at"),
]

# The forms analysts receive: digests, wire updates, headlines, Arabic news openings (each with its place).
_FORMS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Baghdad | 21:40 — Rocket impact reported near the US Embassy. No casualties.", [("us_embassy", "near")]),
    (
        "• Tahrir Sq.: hundreds of protesters gathered on Monday, chanting against the government.",
        [("tahrir_square", "at")],
    ),
    (
        "#Baghdad: Protesters block the Jumhuriya bridge with burning tyres, Monday evening.",
        [("bridge_jumhuriya", "at")],
    ),
    ("UPDATE 2-Rocket lands near U.S. embassy in Baghdad, no casualties", [("us_embassy", "near")]),
    (
        "Iraq: Demonstrators gather in Baghdad's Tahrir Square on Monday amid heavy security presence.",
        [("tahrir_square", "at")],
    ),
    (
        "On Monday, protesters clashed with security forces at the Sinak bridge in central Baghdad, injuring 12.",
        [("bridge_sinak", "at")],
    ),
    (
        "Security forces on Monday dispersed hundreds of protesters near the Ministry of Planning in Baghdad.",
        [("ministry_of_planning", "near")],
    ),
    (
        "Hundreds of protesters gathered Monday in the heart of Baghdad, in Tahrir Square, calling for reforms.",
        [("tahrir_square", "at")],
    ),
    (
        "A Katyusha rocket slammed into an empty lot inside the Green Zone late Monday, security sources said.",
        [("green_zone", "inside")],
    ),
    (
        "Protesters tried to cross the Jumhuriya Bridge towards the Green Zone on Monday and were met with tear gas.",
        [("bridge_jumhuriya", "at")],
    ),
    (
        "Riot police fired tear gas at protesters trying to cross Jumhuriya bridge on Monday.",
        [("bridge_jumhuriya", "at")],
    ),
    ("📍 بغداد | سقوط صاروخ، مساء الاثنين، قرب السفارة الأمريكية دون خسائر.", [("us_embassy", "near")]),
    ("عاجل | انفجار عبوة ناسفة، صباح اليوم الاثنين، في منطقة الكرادة وسط بغداد", [("karrada", "at")]),
    ("بغداد: تظاهرة لعشرات الخريجين، اليوم الاثنين، أمام وزارة التخطيط", [("ministry_of_planning", "at")]),
    ("شهدت ساحة التحرير وسط بغداد، اليوم الاثنين، تظاهرة حاشدة للمطالبة بالإصلاح.", [("tahrir_square", "at")]),
    ("احتشد المئات، اليوم الاثنين، في ساحة الخلاني وسط العاصمة.", [("khilani_square", "at")]),
    ("تظاهر المئات اليوم الاثنين في ساحة التحرير ببغداد.", [("tahrir_square", "at")]),
    (
        "أطلقت القوات الأمنية، اليوم الاثنين، قنابل الغاز على محتجين حاولوا عبور جسر الجمهورية.",
        [("bridge_jumhuriya", "at")],
    ),
    ("أصيب 12 متظاهراً، اليوم الاثنين، خلال مواجهات مع القوات الأمنية على جسر السنك.", [("bridge_sinak", "at")]),
    ("سقطت قذيفة هاون، مساء اليوم الاثنين، على منزل في الجادرية.", [("jadriya", "at")]),
    ("ذكر مصدر أمني أن صاروخاً سقط، مساء اليوم الاثنين، داخل المنطقة الخضراء وسط بغداد.", [("green_zone", "inside")]),
    ("بغداد - انفجرت عبوة لاصقة، اليوم الاثنين، بسيارة مدنية في منطقة المنصور غربي بغداد.", [("mansour", "at")]),
    (
        "بغداد - تظاهر العشرات، اليوم الاثنين، قرب بوابة المنطقة الخضراء من جهة الجسر المعلق.",
        [("gate_14_july_bridge", "near")],
    ),
    ("بغداد - تجمع المئات، اليوم الاثنين، في ساحة النسور غربي العاصمة.", [("nisour_square", "at")]),
    (
        "بغداد - تظاهر المئات، اليوم الاثنين، في ساحة التحرير، فيما أغلقت القوات الأمنية جسر الجمهورية.",
        [("tahrir_square", "at")],
    ),
    (
        "BAGHDAD - Hundreds rallied in Tahrir Square on Monday as security forces closed the Jumhuriya Bridge.",
        [("tahrir_square", "at")],
    ),
    (
        "BAGHDAD - Protesters gathered at the Tahrir Square end of the Jumhuriya Bridge on Monday.",
        [("bridge_jumhuriya_tahrir_end", "at")],
    ),
    (
        "BAGHDAD - Protesters gathered on the Jumhuriya Bridge, near Tahrir Square, on Monday.",
        [("bridge_jumhuriya", "at")],
    ),
    (
        "BAGHDAD - Two rockets hit the Green Zone on Monday, one landing near parliament.",
        [("baghdad_convention_center", "near")],
    ),
]


def _spellings_and_forms() -> list[Case]:
    out: list[Case] = []
    for words, lid, rel in _SPELLINGS_EN:
        text = f"BAGHDAD - Hundreds of protesters rallied {words} on Monday, demanding jobs."
        out.append(("spellings_en", text, [(lid, rel)]))
    for text, expected in _FORMS:
        lang = "ar" if any("\u0621" <= ch <= "\u064a" for ch in text) else "en"
        out.append(("forms_" + lang, text, expected))
    return out


def _fresh() -> list[Case]:
    """Constructions the fresh reports 341-355 and 519-530 showed, generalised over their word classes."""
    out: list[Case] = []
    districts = [("Karrada", "karrada"), ("Jadriya", "jadriya"), ("Mansour", "mansour")]
    districts_ar = [("الكرادة", "karrada"), ("الجادرية", "jadriya"), ("المنصور", "mansour")]
    salvos = ["a salvo that targeted the U.S. Embassy in the Green Zone", "a barrage which targeted the U.S. Embassy"]
    salvos_ar = [
        "ضمن رشقة صاروخية استهدفت السفارة الأمريكية في المنطقة الخضراء",
        "ضمن هجوم صاروخي استهدف السفارة الأمريكية",
    ]
    for name, lid in districts:
        for salvo in salvos:
            text = f"BAGHDAD - A rocket fell on a house in {name} on Monday night, part of {salvo}."
            out.append(("fresh_en", text, [(lid, "at")]))
        text = f"BAGHDAD - A roadside bomb exploded in {name}, the district that borders the Green Zone, on Monday."
        out.append(("fresh_en", text, [(lid, "at")]))
        text = f"BAGHDAD - Residents heard the sirens from the U.S. Embassy as a rocket struck a house in {name}."
        out.append(("fresh_en", text, [(lid, "at")]))
    for name, lid in districts_ar:
        for salvo in salvos_ar:
            text = f"بغداد - سقط صاروخ كاتيوشا، مساء اليوم الاثنين، على منزل في منطقة {name}، {salvo}."
            out.append(("fresh_ar", text, [(lid, "at")]))
    # arrival told by the verbal noun after a word of time (there), an attempt to reach (where they headed)
    for name, lid in (("ساحة التحرير", "tahrir_square"), ("جسر الجمهورية", "bridge_jumhuriya")):
        for when in ("لدى وصولهم", "فور وصولهم", "بعد دخولهم"):
            text = f"بغداد - أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين، اليوم الاثنين، {when} إلى {name}."
            out.append(("fresh_ar", text, [(lid, "at")]))
        text = f"بغداد - حاول المتظاهرون الوصول إلى {name}، اليوم الاثنين، لكن القوات الأمنية منعتهم."
        out.append(("fresh_ar", text, [(lid, "towards")]))
    # the salvo's remainder met in the air by its count, the rest fell elsewhere: two events, two places
    for count in ("لاثنين منها", "لعدد منها", "لأحدها"):
        for name, lid in districts_ar:
            text = (
                f"بغداد - أطلقت ثلاثة صواريخ، مساء اليوم الاثنين، وتصدت منظومة سي رام {count} في الجو قرب مبنى "
                f"السفارة الأمريكية، فيما سقط صاروخ آخر على منزل في منطقة {name}."
            )
            out.append(("fresh_ar", text, [(lid, "at"), ("us_embassy", "near")]))
    for unknown in ("the Dora district", "al-Zafaraniya", "a farm in al-Rashid district"):
        text = (
            f"BAGHDAD - Iraqi troops found a launch rail with two rockets on a rooftop in {unknown} on Monday, "
            "reportedly aimed towards the Green Zone."
        )
        out.append(("fresh_en", text, [("baghdad", "at")]))
    held = [
        ("gathered in", "Tahrir Square", "tahrir_square"),
        ("blocked", "Khallani square", "khilani_square"),
        ("blocked", "the Sinak bridge", "bridge_sinak"),
        ("camped outside", "the Ministry of Planning", "ministry_of_planning"),
    ]
    for verb, name, lid in held:
        text = (
            f"Police in Baghdad fired tear gas on Monday to clear dozens of protesters who had {verb} {name} since "
            "the morning, a security source said."
        )
        out.append(("fresh_en", text, [(lid, "at")]))
    return out


CASES: list[Case] = (
    _names_en()
    + _names_ar()
    + _relations_en()
    + _relations_ar()
    + _roles()
    + _must_not()
    + _structures()
    + _spellings_and_forms()
    + _fresh()
)


# Cases left, each for a reason outside what the place rules read (strict: a fix shows as XPASS and must un-mark it).
_LEFT = {
    # "الطريق المؤدي إلى" is read as "إلى" (towards): reading it "near" split 626's protest in two (the crowd that tried
    # to block the road leading to the bridge is the protest at the ministry): the merge has to learn it first
    "على الطريق المؤدي إلى": "the Arabic road leading to a place is read as going there",
    # a one-word named place the gazetteer lacks ("in al-Zafaraniya") is not read as a place: the aim is then the
    # clause's only place, and a find keeps it
    "on a rooftop in al-Zafaraniya on Monday": "a one-word place the gazetteer lacks is not read",
    # the verb first, its subject and the time between, then the bare object "البرلمان": no word of place right before
    "اقتحم آلاف المتظاهرين، اليوم الاثنين، البرلمان": "a bare object after the verb-first clause",
}


def _marked(case: Case) -> object:
    reason = next((why for words, why in _LEFT.items() if words in case[1]), None)
    if reason is None:
        return case
    return pytest.param(*case, marks=pytest.mark.xfail(reason=reason, strict=True))


def _rows(text: str) -> list[tuple[str, str]]:
    from geoincidents.extraction.pipeline import extract_incidents

    frame = extract_incidents(text, published=date(2024, 5, 2), source="t", report_id="t")
    return sorted(zip(frame["landmark_id"], frame["relation"], strict=True))


@pytest.mark.parametrize(
    ("family", "text", "expected"), [_marked(c) for c in CASES], ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_place_paradigm(family: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == sorted(expected), family
