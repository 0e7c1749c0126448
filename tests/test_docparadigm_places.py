"""Document paradigm of where the event happens when a report names several places (round 11).

Each case is a mini-report (2-4 sentences) built from a report STRUCTURE journalists use to tell where something
happened, with the fillers (places of the gazetteer, crowds, forces, munitions, outlets) varied, English and Arabic.
The expected landmarks are computed by the generator under eval/README.md's annotation rules:

- the event is at the most specific place where it happened (a building inside the zone, not the zone; a bridge's
  end or gate when the text names the side or the gate; not the place a march came from, nor one it only headed
  for, nor a place a quote or a background sentence names, nor a place named only to describe another);
- a crowd that gathered at a place and on part of which force was used at another place it went to is two events,
  one per place (convention (b)); a march that only set off from a place has no row there;
- a first sentence naming a broad place (the zone, the city) and the next naming where in it is one event, at the
  specific place.

Each case compares the sorted landmark ids of the rows; it can fail on its own (structures are listed in the id).
"""

from __future__ import annotations

from datetime import date
from itertools import cycle

import pytest

Case = tuple[str, str, date, list[str]]  # (structure, text, published, expected landmark ids, sorted)

PUBLISHED = date(2024, 5, 6)  # a Monday: "on Monday" / "اليوم الاثنين" is the report's day

# --- fillers ------------------------------------------------------------------------------------------------------

EN = {
    "tahrir_square": "Tahrir Square",
    "khilani_square": "Khilani Square",
    "firdos_square": "Firdos Square",
    "nisour_square": "Nisour Square",
    "bridge_jumhuriya": "the Jumhuriya Bridge",
    "bridge_sinak": "the Sinak Bridge",
    "bridge_ahrar": "the Ahrar Bridge",
    "bridge_14_july": "the suspension bridge",
    "bridge_jadriya": "the Jadriya Bridge",
    "us_embassy": "the U.S. Embassy",
    "baghdad_convention_center": "the parliament building",
    "al_rasheed_hotel": "the al-Rasheed Hotel",
    "republican_palace": "the Republican Palace",
    "tomb_unknown_soldier": "the Unknown Soldier Monument",
    "zaqura_building": "the Prime Minister's Office",
    "supreme_judicial_council": "the Supreme Judicial Council",
    "ministry_of_planning": "the Ministry of Planning",
    "grand_festivities_square": "the Celebrations Square",
    "karrada": "Karrada",
    "mansour": "the Mansour district",
    "jadriya": "Jadriya",
    "palestine_hotel": "the Palestine Hotel",
    "khilani_mosque": "the Khilani Mosque",
    "zawra_park": "Zawraa Park",
}
AR = {
    "tahrir_square": "ساحة التحرير",
    "khilani_square": "ساحة الخلاني",
    "firdos_square": "ساحة الفردوس",
    "nisour_square": "ساحة النسور",
    "bridge_jumhuriya": "جسر الجمهورية",
    "bridge_sinak": "جسر السنك",
    "bridge_ahrar": "جسر الأحرار",
    "bridge_14_july": "الجسر المعلق",
    "bridge_jadriya": "جسر الجادرية",
    "us_embassy": "السفارة الأمريكية",
    "baghdad_convention_center": "مبنى البرلمان",
    "al_rasheed_hotel": "فندق الرشيد",
    "republican_palace": "القصر الجمهوري",
    "tomb_unknown_soldier": "نصب الجندي المجهول",
    "zaqura_building": "مكتب رئيس الوزراء",
    "supreme_judicial_council": "مجلس القضاء الأعلى",
    "ministry_of_planning": "وزارة التخطيط",
    "grand_festivities_square": "ساحة الاحتفالات",
    "karrada": "منطقة الكرادة",
    "mansour": "منطقة المنصور",
    "jadriya": "منطقة الجادرية",
    "palestine_hotel": "فندق فلسطين",
    "khilani_mosque": "جامع الخلاني",
    "zawra_park": "متنزه الزوراء",
}

# (square where a crowd gathers, bridge it goes to): pairs a march could make, none the other's related landmark
ORIGIN_BRIDGE = [
    ("tahrir_square", "bridge_jumhuriya"),
    ("khilani_square", "bridge_sinak"),
    ("tahrir_square", "bridge_sinak"),
    ("khilani_square", "bridge_ahrar"),
    ("firdos_square", "bridge_jumhuriya"),
    ("tahrir_square", "bridge_ahrar"),
]
# buildings inside the Green Zone
ZONE_BUILDINGS = [
    "us_embassy",
    "baghdad_convention_center",
    "al_rasheed_hotel",
    "republican_palace",
    "tomb_unknown_soldier",
    "zaqura_building",
    "supreme_judicial_council",
    "grand_festivities_square",
]
SQUARES = ["tahrir_square", "khilani_square", "firdos_square", "nisour_square"]

CROWDS_EN = ["Thousands of protesters", "Hundreds of demonstrators", "Dozens of graduates", "Hundreds of teachers"]
CROWDS_AR = ["آلاف المتظاهرين", "مئات المحتجين", "عشرات الخريجين", "مئات المعلمين"]
GATHER_EN = ["gathered in", "rallied in", "massed in", "protested in"]
GATHER_AR = ["تجمع", "احتشد", "تظاهر", "احتج"]
PART_EN = ["A group of the demonstrators", "Some of them", "Hundreds of them", "A number of protesters"]
PART_AR = ["مجموعة منهم", "قسم منهم", "المئات منهم", "عدد من المحتجين"]
FORCE_EN = [
    "prompting the forces to fire tear gas",
    "and riot police fired tear gas and stun grenades",
    "prompting security forces to use water cannon",
    "and the forces fired tear gas to push them back",
]
FORCE_AR = [
    "فأطلقت القوات الأمنية الغاز المسيل للدموع",
    "فاستخدمت قوات مكافحة الشغب خراطيم المياه",
    "فأطلقت القوات الأمنية القنابل الصوتية والمسيلة للدموع",
    "فردت القوات الأمنية بالغاز المسيل للدموع",
]
OUTLETS_EN = ["police said", "a security source said", "witnesses said", "an AFP correspondent said"]
OUTLETS_AR = ["بحسب مصدر أمني", "وفق شهود عيان", "بحسب مراسل السومرية نيوز", "وفق مصدر في الشرطة"]
MUNITIONS_EN = ["A Katyusha rocket", "A rocket", "A mortar shell", "An explosive-laden drone"]
MUNITIONS_AR = ["صاروخ كاتيوشا", "صاروخ", "قذيفة هاون", "طائرة مسيرة مفخخة"]
# the munition told again in the next sentence by a bare definite noun (English), with the verb's gender (Arabic)
RETOLD_EN = ["rocket", "projectile", "shell", "drone"]
RETOLD_AR = [
    ("سقط", "صاروخ كاتيوشا", "المقذوف"),
    ("سقطت", "قذيفة هاون", "القذيفة"),
    ("سقط", "صاروخ", "المقذوف"),
    ("سقطت", "طائرة مسيرة مفخخة", "الطائرة"),
]


def _c(it: cycle[str]) -> str:
    return next(it)


def _march_force_at_destination() -> list[Case]:
    """A crowd gathers at a square; part of it (or all) goes to a bridge, where force meets it: two events."""
    out: list[Case] = []
    crowds, gathers, parts, forces, outlets = (cycle(x) for x in (CROWDS_EN, GATHER_EN, PART_EN, FORCE_EN, OUTLETS_EN))
    for sq, br in ORIGIN_BRIDGE:
        s, b = EN[sq], EN[br]
        texts = [
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday, demanding jobs. {_c(parts)} in the square marched "
            f"towards {b} and tried to walk past the riot police at its entrance, {_c(forces)}, {_c(outlets)}.",
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday. Later in the day, {_c(parts).lower()} headed to "
            f"{b}, where security forces fired tear gas to stop them from crossing, {_c(outlets)}.",
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday and later crossed to {b}, where riot police fired "
            "tear gas at them.",
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday. {_c(parts)} then walked to {b}, {_c(forces)}, "
            f"{_c(outlets)}.",
        ]
        # (the whole crowd moving on is one crowd's route, one event where force met it: place.moved_on)
        expected = [sorted([sq, br]), sorted([sq, br]), [br], sorted([sq, br])]
        out += [("march_force_at_destination_en", t, PUBLISHED, e) for t, e in zip(texts, expected, strict=True)]
    crowds, gathers, parts, forces, outlets = (cycle(x) for x in (CROWDS_AR, GATHER_AR, PART_AR, FORCE_AR, OUTLETS_AR))
    for sq, br in ORIGIN_BRIDGE:
        s, b = AR[sq], AR[br]
        texts = [
            f"بغداد - {_c(gathers)} {_c(crowds)}، اليوم الاثنين، في {s} للمطالبة بفرص عمل. وتوجهت {_c(parts)} نحو "
            f"{b} وحاولوا تجاوز قوات مكافحة الشغب عند مدخله، {_c(forces)}، {_c(outlets)}.",
            f"بغداد - {_c(gathers)} {_c(crowds)}، اليوم الاثنين، في {s}، قبل أن يتوجه {_c(parts)} إلى {b} حيث "
            f"{_c(forces)[1:]} لمنعهم من العبور.",
            f"بغداد - {_c(gathers)} {_c(crowds)}، اليوم الاثنين، في {s}. ثم توجهت {_c(parts)} إلى {b}، "
            f"{_c(forces)} لتفريقهم، {_c(outlets)}.",
        ]
        out += [("march_force_at_destination_ar", t, PUBLISHED, sorted([sq, br])) for t in texts]
    return out


def _set_off_only() -> list[Case]:
    """A march that only set off from a place, stopped with force at another: one event, where force met it."""
    out: list[Case] = []
    crowds, outlets = cycle(CROWDS_EN), cycle(OUTLETS_EN)
    for sq, br in ORIGIN_BRIDGE:
        s, b = EN[sq], EN[br]
        texts = [
            f"BAGHDAD - {_c(crowds)} set off from {s} on Monday and marched towards {b}. Security forces fired tear "
            f"gas at them on the bridge, {_c(outlets)}.",
            f"BAGHDAD - Security forces fired tear gas at protesters on {b} on Monday. The protesters had marched "
            f"from {s}, {_c(outlets)}.",
            f"BAGHDAD - Riot police fired tear gas on Monday at {_c(crowds).lower()} who had marched from {s} to {b}.",
        ]
        out += [("set_off_only_en", t, PUBLISHED, [br]) for t in texts]
    crowds, forces, outlets = cycle(CROWDS_AR), cycle(FORCE_AR), cycle(OUTLETS_AR)
    for sq, br in ORIGIN_BRIDGE:
        s, b = AR[sq], AR[br]
        texts = [
            f"بغداد - انطلق {_c(crowds)}، اليوم الاثنين، من {s} باتجاه {b}. {_c(forces)[1:]} عليهم فوق الجسر، "
            f"{_c(outlets)}.",
            f"بغداد - أطلقت القوات الأمنية، اليوم الاثنين، الغاز المسيل للدموع على محتجين على {b} "
            f"قدموا من {s}، {_c(outlets)}.",
        ]
        out += [("set_off_only_ar", t, PUBLISHED, [br]) for t in texts]
    return out


def _broad_then_specific() -> list[Case]:
    """The first sentence names the zone (or the city), the next where in it: one event, at the specific place."""
    out: list[Case] = []
    muns, outlets = cycle(zip(MUNITIONS_EN, RETOLD_EN, strict=True)), cycle(OUTLETS_EN)
    for lid in ZONE_BUILDINGS:
        n = EN[lid]
        (mun, _), (mun2, noun2) = next(muns), next(muns)
        texts = [
            f"BAGHDAD - {mun} struck Baghdad's Green Zone late on Monday. It landed near {n}, "
            f"{_c(outlets)}. No casualties were reported.",
            f"BAGHDAD - {mun2} hit the Green Zone on Monday night, {_c(outlets)}. The {noun2} fell in an open "
            f"area close to {n}, causing no casualties.",
        ]
        out += [("broad_then_specific_en", t, PUBLISHED, [lid]) for t in texts]
    for sq in SQUARES:
        t = (
            f"BAGHDAD - Hundreds of people protested in central Baghdad on Monday against power cuts. They gathered "
            f"in {EN[sq]}, chanting against the government, {_c(outlets)}."
        )
        out.append(("broad_then_specific_en", t, PUBLISHED, [sq]))
    retold_ar, outlets = cycle(RETOLD_AR), cycle(OUTLETS_AR)
    for lid in ZONE_BUILDINGS:
        n = AR[lid]
        (fell, mun, noun), (fell2, mun2, noun2) = next(retold_ar), next(retold_ar)
        target = "استهدفت" if fell2.endswith("ت") else "استهدف"
        texts = [
            f"بغداد - {fell} {mun}، مساء اليوم الاثنين، داخل المنطقة الخضراء وسط بغداد. وأوضح المصدر أن {noun} {fell} "
            f"قرب {n} دون وقوع إصابات.",
            f"بغداد - {target} {mun2}، ليل الاثنين، المنطقة الخضراء، {_c(outlets)}. و{fell2} {noun2} في أرض فارغة "
            f"بالقرب من {n}.",
        ]
        out += [("broad_then_specific_ar", t, PUBLISHED, [lid]) for t in texts]
    for sq in SQUARES:
        t = (
            f"بغداد - تظاهر المئات، اليوم الاثنين، وسط بغداد احتجاجاً على انقطاع الكهرباء. وتجمع المحتجون في {AR[sq]} "
            f"مرددين هتافات ضد الحكومة، {_c(outlets)}."
        )
        out.append(("broad_then_specific_ar", t, PUBLISHED, [sq]))
    return out


def _building_in_zone() -> list[Case]:
    """A building inside the zone, told with the zone: the building; the zone told with what it holds: the zone."""
    out: list[Case] = []
    muns, outlets = cycle(MUNITIONS_EN), cycle(OUTLETS_EN)
    for lid in ZONE_BUILDINGS:
        n = EN[lid]
        texts = [
            (f"BAGHDAD - {_c(muns)} landed near {n} inside the Green Zone on Monday, {_c(outlets)}.", [lid]),
            (f"BAGHDAD - {_c(muns)} landed inside the Green Zone on Monday, near {n}, {_c(outlets)}.", [lid]),
            (
                f"BAGHDAD - {_c(muns)} landed inside the Green Zone, which houses {n}, on Monday night, "
                f"{_c(outlets)}. No one was hurt.",
                ["green_zone"],
            ),
        ]
        out += [("building_in_zone_en", t, PUBLISHED, e) for t, e in texts]
    muns, outlets = cycle(MUNITIONS_AR), cycle(OUTLETS_AR)
    for lid in ZONE_BUILDINGS:
        n = AR[lid]
        texts = [
            (f"بغداد - سقط {_c(muns)}، مساء اليوم الاثنين، قرب {n} داخل المنطقة الخضراء، {_c(outlets)}.", [lid]),
            (f"بغداد - سقط {_c(muns)}، مساء اليوم الاثنين، في المنطقة الخضراء قرب {n}، {_c(outlets)}.", [lid]),
            (
                f"بغداد - سقط {_c(muns)}، مساء اليوم الاثنين، داخل المنطقة الخضراء التي تضم {n}، {_c(outlets)}.",
                ["green_zone"],
            ),
        ]
        out += [("building_in_zone_ar", t, PUBLISHED, e) for t, e in texts]
    return out


# (English wording, Arabic wording, landmark)
BRIDGE_SIDES = [
    (
        "at the entrance of the Jumhuriya Bridge on the Tahrir Square side",
        "عند مدخل جسر الجمهورية المؤدي إلى المنطقة الخضراء، من جهة ساحة التحرير",
        "bridge_jumhuriya_tahrir_end",
    ),
    (
        "at the entrance of the Jumhuriya Bridge, which leads to the Green Zone, on the Tahrir Square side",
        "عند مدخل جسر الجمهورية المؤدي إلى المنطقة الخضراء، من جهة ساحة التحرير",
        "bridge_jumhuriya_tahrir_end",
    ),
    (
        "at the Khilani Square end of the Sinak Bridge, which leads to Karkh",
        "عند مدخل جسر السنك المؤدي إلى الكرخ، من جهة ساحة الخلاني",
        "bridge_sinak_khilani_end",
    ),
    (
        "at the Tahrir end of the Jumhuriya Bridge",
        "عند مدخل جسر الجمهورية من جهة ساحة التحرير",
        "bridge_jumhuriya_tahrir_end",
    ),
    (
        "at the Khilani Square end of the Sinak Bridge",
        "عند مدخل جسر السنك من جهة ساحة الخلاني",
        "bridge_sinak_khilani_end",
    ),
    (
        "at the Karrada end of the suspension bridge",
        "عند مدخل الجسر المعلق من جهة الكرادة",
        "bridge_14_july_outside_end",
    ),
    (
        "on the Rusafa side of the Ahrar Bridge",
        "عند مدخل جسر الأحرار من جهة الرصافة",
        "bridge_ahrar_rusafa_end",
    ),
    (
        "at the Green Zone gate near the Jumhuriya Bridge",
        "عند بوابة المنطقة الخضراء القريبة من جسر الجمهورية",
        "gate_jumhuriya_bridge_planning",
    ),
    (
        "at the Green Zone entrance by the suspension bridge",
        "عند مدخل المنطقة الخضراء من جهة الجسر المعلق",
        "gate_14_july_bridge",
    ),
    (
        "at the Ministry of Planning gate of the Green Zone",
        "عند بوابة التخطيط المؤدية إلى المنطقة الخضراء",
        "gate_jumhuriya_bridge_planning",
    ),
]


def _bridge_side_and_gate() -> list[Case]:
    """A bridge with its side, end or entrance, a gate named by its bridge: the end or gate, in one or two sentences."""
    out: list[Case] = []
    crowds_en, crowds_ar, outlets_en, outlets_ar = (
        cycle(CROWDS_EN),
        cycle(CROWDS_AR),
        cycle(OUTLETS_EN),
        cycle(OUTLETS_AR),
    )
    for en, ar, lid in BRIDGE_SIDES:
        texts_en = [
            f"BAGHDAD - Security forces fired tear gas on Monday at {_c(crowds_en).lower()} {en}, {_c(outlets_en)}.",
            f"BAGHDAD - {_c(crowds_en)} protested in central Baghdad on Monday against unemployment. Riot police "
            f"fired tear gas at them {en}, {_c(outlets_en)}.",
        ]
        out += [("bridge_side_gate_en", t, PUBLISHED, [lid]) for t in texts_en]
        texts_ar = [
            f"بغداد - أطلقت القوات الأمنية، اليوم الاثنين، الغاز المسيل للدموع لتفريق {_c(crowds_ar)} {ar}، "
            f"{_c(outlets_ar)}.",
            f"بغداد - تظاهر {_c(crowds_ar)}، اليوم الاثنين، وسط بغداد للمطالبة بالتعيين. واستخدمت القوات الأمنية "
            f"خراطيم المياه لتفريقهم {ar}.",
        ]
        out += [("bridge_side_gate_ar", t, PUBLISHED, [lid]) for t in texts_ar]
    return out


def _place_in_quote_or_background() -> list[Case]:
    """A quote or a background sentence names another place: the event stays where it was told."""
    out: list[Case] = []
    crowds, gathers, outlets = cycle(CROWDS_EN), cycle(GATHER_EN), cycle(OUTLETS_EN)
    others = cycle(["the Green Zone", "the parliament building", "the Jumhuriya Bridge", "the U.S. Embassy"])
    for sq in SQUARES:
        s = EN[sq]
        texts = [
            f'BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday, demanding jobs. "We will march on {_c(others)} '
            'if our demands are not met," one protester said.',
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday, {_c(outlets)}. In 2019, hundreds of protesters "
            f"were killed near {_c(others)} during months of unrest.",
            f"BAGHDAD - {_c(crowds)} {_c(gathers)} {s} on Monday. The square lies a few hundred metres from "
            f"{_c(others)}, the seat of power.",
        ]
        out += [("quote_or_background_en", t, PUBLISHED, [sq]) for t in texts]
    crowds, gathers, outlets = cycle(CROWDS_AR), cycle(GATHER_AR), cycle(OUTLETS_AR)
    others = cycle(["المنطقة الخضراء", "مبنى البرلمان", "جسر الجمهورية", "السفارة الأمريكية"])
    for sq in SQUARES:
        s = AR[sq]
        texts = [
            f"بغداد - {_c(gathers)} {_c(crowds)}، اليوم الاثنين، في {s} للمطالبة بفرص عمل. وقال أحد المحتجين: "
            f'"سنزحف نحو {_c(others)} إذا لم تلبَّ مطالبنا".',
            f"بغداد - {_c(gathers)} {_c(crowds)}، اليوم الاثنين، في {s}، {_c(outlets)}. يذكر أن مئات المتظاهرين "
            f"قتلوا قرب {_c(others)} خلال احتجاجات عام 2019.",
        ]
        out += [("quote_or_background_ar", t, PUBLISHED, [sq]) for t in texts]
    return out


def _two_places_one_clause() -> list[Case]:
    """Two places in one clause: the second only says where the first is, or where the crowd came from."""
    out: list[Case] = []
    crowds, outlets = cycle(CROWDS_EN), cycle(OUTLETS_EN)
    for sq, br in ORIGIN_BRIDGE:
        s, b = EN[sq], EN[br]
        texts = [
            (f"BAGHDAD - {_c(crowds)} rallied in {s}, near {b}, on Monday, {_c(outlets)}.", [sq]),
            (
                f"BAGHDAD - {_c(crowds)} blocked {b}, which leads from {s}, on Monday, burning tyres, {_c(outlets)}.",
                [br],
            ),
            (
                f"BAGHDAD - Security forces fired tear gas on Monday at protesters on {b} who had come from {s}, "
                f"{_c(outlets)}.",
                [br],
            ),
        ]
        out += [("two_places_one_clause_en", t, PUBLISHED, e) for t, e in texts]
    crowds, outlets = cycle(CROWDS_AR), cycle(OUTLETS_AR)
    for sq, br in ORIGIN_BRIDGE:
        s, b = AR[sq], AR[br]
        texts = [
            (f"بغداد - تظاهر {_c(crowds)}، اليوم الاثنين، في {s} القريبة من {b}، {_c(outlets)}.", [sq]),
            (
                f"بغداد - قطع {_c(crowds)}، اليوم الاثنين، {b} القريب من {s} بالإطارات المحترقة، {_c(outlets)}.",
                [br],
            ),
        ]
        out += [("two_places_one_clause_ar", t, PUBLISHED, e) for t, e in texts]
    return out


def _district_and_building() -> list[Case]:
    """A district and a landmark in it: the landmark; a blast told in a district, then its spot in the next."""
    out: list[Case] = []
    pairs = [
        ("karrada", "firdos_square"),
        ("karrada", "palestine_hotel"),
        ("jadriya", "bridge_jadriya"),
        ("mansour", "nisour_square"),
        ("karrada", "bridge_14_july"),
    ]
    outlets_en, outlets_ar = cycle(OUTLETS_EN), cycle(OUTLETS_AR)
    for dist, lid in pairs:
        d, n = EN[dist], EN[lid]
        texts = [
            f"BAGHDAD - A roadside bomb exploded in {d} on Monday, wounding two people, {_c(outlets_en)}. The device "
            f"had been planted near {n}.",
            f"BAGHDAD - A bomb went off near {n} in {d} on Monday morning, wounding three passers-by, "
            f"{_c(outlets_en)}.",
        ]
        out += [("district_and_building_en", t, PUBLISHED, [lid]) for t in texts]
        d, n = AR[dist], AR[lid]
        texts = [
            f"بغداد - انفجرت عبوة ناسفة، صباح اليوم الاثنين، في {d}، ما أسفر عن إصابة شخصين، {_c(outlets_ar)}. "
            f"وكانت العبوة مزروعة قرب {n}.",
            f"بغداد - انفجرت عبوة ناسفة، صباح اليوم الاثنين، قرب {n} في {d}، ما أسفر عن إصابة ثلاثة مارة.",
        ]
        out += [("district_and_building_ar", t, PUBLISHED, [lid]) for t in texts]
    return out


# (English "at ...", Arabic "عند ...", landmark): where a crowd the first sentence told in the city had gathered
GATHERED_AT = [
    (
        "at the Karrada end of the suspension bridge",
        "عند مدخل الجسر المعلق من جهة الكرادة",
        "bridge_14_july_outside_end",
    ),
    ("outside the Ministry of Planning", "أمام مبنى وزارة التخطيط", "ministry_of_planning"),
    ("in Khilani Square", "في ساحة الخلاني", "khilani_square"),
    ("at the Planning gate of the Green Zone", "عند بوابة التخطيط", "gate_jumhuriya_bridge_planning"),
    ("on the Sinak Bridge", "على جسر السنك", "bridge_sinak"),
    ("in Tahrir Square", "في ساحة التحرير", "tahrir_square"),
]
# (English, Arabic, landmark): a building inside the zone a crowd broke into after storming the zone
STORMED = [
    ("the parliament building", "مبنى البرلمان", "baghdad_convention_center"),
    ("the Republican Palace", "القصر الجمهوري", "republican_palace"),
    ("the Supreme Judicial Council", "مجلس القضاء الأعلى", "supreme_judicial_council"),
]


def _city_then_place() -> list[Case]:
    """Force told in the city, then where the crowd had gathered (a pluperfect retelling): one event, there; a crowd
    that stormed the zone, then the building inside it that it broke into: one event, at the building."""
    out: list[Case] = []
    outlets_en, outlets_ar = cycle(OUTLETS_EN), cycle(OUTLETS_AR)
    for en, ar, lid in GATHERED_AT:
        out.append(
            (
                "city_then_place_en",
                "BAGHDAD - Security forces fired tear gas at protesters in central Baghdad on Monday, "
                f"{_c(outlets_en)}. The demonstrators had gathered {en} to demand jobs.",
                PUBLISHED,
                [lid],
            )
        )
        out.append(
            (
                "city_then_place_ar",
                "بغداد - أطلقت القوات الأمنية، اليوم الاثنين، الغاز المسيل للدموع لتفريق محتجين وسط بغداد، "
                f"{_c(outlets_ar)}. وكان المحتجون قد تجمعوا {ar} للمطالبة بفرص عمل.",
                PUBLISHED,
                [lid],
            )
        )
    for en, ar, lid in STORMED:
        out.append(
            (
                "zone_then_building_en",
                f"BAGHDAD - Thousands of protesters stormed Baghdad's Green Zone on Monday. They broke into {en}, "
                "chanting slogans against corruption, witnesses said.",
                PUBLISHED,
                [lid],
            )
        )
        out.append(
            (
                "zone_then_building_ar",
                f"بغداد - اقتحم آلاف المتظاهرين، اليوم الاثنين، المنطقة الخضراء وسط بغداد. ودخل المحتجون {ar} مرددين "
                "هتافات ضد الفساد، بحسب شهود عيان.",
                PUBLISHED,
                [lid],
            )
        )
    return out


# (square, bridge, the bridge's end at the square)
SQUARE_ENDS = [
    ("tahrir_square", "bridge_jumhuriya", "bridge_jumhuriya_tahrir_end"),
    ("khilani_square", "bridge_sinak", "bridge_sinak_khilani_end"),
]


def _tried_to_cross() -> list[Case]:
    """A crowd gathered at a square, tried to cross the bridge there and was dispersed at the bridge's entrance on
    the square's side: one crowd at one spot (the end of the bridge at the square), one event, at the end."""
    out: list[Case] = []
    crowds_en, crowds_ar = cycle(CROWDS_EN), cycle(CROWDS_AR)
    for sq, br, end in SQUARE_ENDS:
        for city_en, city_ar in (("", ""), (" in central Baghdad", " وسط بغداد")):
            out.append(
                (
                    "tried_to_cross_en",
                    f"BAGHDAD - {_c(crowds_en)} gathered in {EN[sq]}{city_en} on Monday and tried to cross {EN[br]}, "
                    "but riot police dispersed them with water cannon at the entrance of the bridge "
                    "on the square's side.",
                    PUBLISHED,
                    [end],
                )
            )
            out.append(
                (
                    "tried_to_cross_ar",
                    f"بغداد - تجمع {_c(crowds_ar)}، اليوم الاثنين، في {AR[sq]}{city_ar}، وحاولوا العبور من {AR[br]}، "
                    "إلا أن قوات مكافحة الشغب فرقتهم باستخدام خراطيم المياه عند مدخل الجسر من جهة الساحة.",
                    PUBLISHED,
                    [end],
                )
            )
    return out


def _digest_lines() -> list[Case]:
    """A monitoring digest's line: the day, the place (as the writer spells it), a colon, then the event, where part
    of the crowd only headed elsewhere: the line's place."""
    out: list[Case] = []
    spelled = [
        ("Tahreer Square", "tahrir_square"),
        ("Tahreer Sq.", "tahrir_square"),
        ("Khallani Square", "khilani_square"),
        ("Firdous Square", "firdos_square"),
        ("Tahrir Square", "tahrir_square"),
    ]
    for name, lid in spelled:
        out.append(
            (
                "digest_line_en",
                "WEEKLY SECURITY ADVISORY - BAGHDAD\n"
                f"- Mon 6 May, {name}: Contract workers demonstrating over unpaid salaries were dispersed by police "
                "with tear gas in the early afternoon after some of them tried to push through the line towards "
                "al-Jumhuriya bridge.\n",
                PUBLISHED,
                [lid],
            )
        )
    return out


def _must_not() -> list[Case]:
    """Must not move the place: the zone's gate told as where the crowd headed; a hospital; a launch site."""
    out: list[Case] = []
    for sq in SQUARES:
        s_en, s_ar = EN[sq], AR[sq]
        out += [
            (
                "must_not_en",
                f"BAGHDAD - Security forces fired tear gas at protesters in {s_en} on Monday as they tried to march "
                "towards the Green Zone. Medics said 14 people were treated at a hospital in Karrada.",
                PUBLISHED,
                [sq],
            ),
            (
                "must_not_ar",
                f"بغداد - أطلقت القوات الأمنية، اليوم الاثنين، الغاز المسيل للدموع على المتظاهرين في {s_ar} أثناء "
                "محاولتهم التوجه نحو المنطقة الخضراء. ونقل المصابون إلى مستشفى في منطقة الكرادة.",
                PUBLISHED,
                [sq],
            ),
        ]
    for lid in ZONE_BUILDINGS[:4]:
        out += [
            (
                "must_not_en",
                f"BAGHDAD - {EN[lid][0].upper() + EN[lid][1:]} was hit by a rocket on Monday night. The rocket was "
                "fired from the Jadriya district, a security source said.",
                PUBLISHED,
                [lid],
            ),
            (
                "must_not_ar",
                f"بغداد - سقط صاروخ، مساء اليوم الاثنين، على {AR[lid]}. وأوضح مصدر أمني أن الصاروخ أطلق من منطقة "
                "الجادرية.",
                PUBLISHED,
                [lid],
            ),
        ]
    return out


CASES: list[Case] = (
    _march_force_at_destination()
    + _set_off_only()
    + _broad_then_specific()
    + _building_in_zone()
    + _bridge_side_and_gate()
    + _place_in_quote_or_background()
    + _two_places_one_clause()
    + _district_and_building()
    + _city_then_place()
    + _tried_to_cross()
    + _digest_lines()
    + _must_not()
)


# Cases left, each for a reason outside where-the-event-is (strict: a fix shows as XPASS and must un-mark it).
_LEFT = {
    # "خلال احتجاجات عام 2019": the year is read as describing the noun "احتجاجات" (date.subordinate), so the killing
    # is undated, inherits the report's day and becomes an event at the place it names (background, not places)
    "خلال احتجاجات عام 2019": "an Arabic background killing dated only by 'during the protests of <year>'",
}


def _marked(case: Case) -> object:
    reason = next((why for words, why in _LEFT.items() if words in case[1]), None)
    if reason is None:
        return case
    return pytest.param(*case, marks=pytest.mark.xfail(reason=reason, strict=True))


def _landmarks(text: str, published: date) -> list[str]:
    from geoincidents.extraction.pipeline import extract_incidents

    frame = extract_incidents(text, published=published, source="t", report_id="t")
    return sorted(str(x) for x in frame["landmark_id"])


@pytest.mark.parametrize(
    ("structure", "text", "published", "expected"),
    [_marked(c) for c in CASES],
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_document_places(structure: str, text: str, published: date, expected: list[str]) -> None:
    assert _landmarks(text, published) == expected, structure
