"""Conventions decided on 2026-12-04 (eval/README.md, "Conventions decided") and the rules that follow them.

Every sentence here is written for these tests, not taken from the reports, with cases that must not fire:

- (a) a rocket or drone brought down by the embassy's defence, or aimed at the embassy and brought down near it, is
  an interception at the embassy (``near`` unless over or in it), and a salvo counted out as "two were brought down,
  the other crashed near X" is two events, one at each place;
- (b) a crowd gathered and dispersed with force at one place on one day is one event, typed by the force; part of
  the crowd met with force at another place is an event there;
- (c) mortars, rockets or RPGs of an armed clash that fall at the clash's own place are the clash; those told
  falling at another landmark are a shelling of their own.
"""

from __future__ import annotations

import pandas as pd

from geoincidents import extract_incidents


def _rows(text: str, published: str = "2025-03-12") -> list[tuple[str, str, str | None, object, object]]:
    frame = extract_incidents(text, published=published)
    return sorted(
        (
            str(r.sub_event_type),
            str(r.landmark_id),
            None if pd.isna(r.relation) else str(r.relation),
            None if pd.isna(r.fatalities) else int(r.fatalities),
            None if pd.isna(r.injuries) else int(r.injuries),
        )
        for r in frame.itertuples()
    )


# (a) interceptions by the embassy's defence


def test_a_salvo_partly_brought_down_by_the_embassy_defence_is_two_events() -> None:
    text = (
        "Four rockets were fired at the US embassy in Baghdad on Tuesday night, three of which were shot down by the "
        "embassy's defence system while the other slammed into open ground near the Swords of Qadisiyah. Nobody was "
        "hurt."
    )
    assert _rows(text) == [
        ("Disrupted weapons use", "us_embassy", "near", 0, 0),
        ("Shelling/artillery/missile attack", "swords_of_qadisiyah", "near", 0, 0),
    ]


def test_a_salvo_brought_down_with_no_place_of_its_own_stays_one_event() -> None:
    # must not fire: the piece brought down names no place, the salvo is one event where it landed
    text = (
        "Two rockets were launched on Tuesday night; one was shot down while the other crashed near the Swords of "
        "Qadisiyah. Nobody was hurt."
    )
    assert [r[:2] for r in _rows(text)] == [("Shelling/artillery/missile attack", "swords_of_qadisiyah")]


def test_a_the_embassy_refers_back_to_an_embassy_not_to_the_last_building() -> None:
    text = (
        "A drone exploded near the Palestine Hotel on Tuesday, police said. Minutes later the embassy's counter-drone "
        "system downed a second drone as it neared the American Embassy compound."
    )
    rows = _rows(text)
    assert ("Disrupted weapons use", "us_embassy", "near", None, None) in rows
    assert any(r[:2] == ("Air/drone strike", "palestine_hotel") for r in rows)


def test_a_the_hotel_still_refers_back_to_the_hotel() -> None:
    # must not fire: "the hotel" after a hotel is that hotel
    text = "A rocket struck the Palestine Hotel on Tuesday. The hotel was damaged, police said."
    assert [r[:2] for r in _rows(text)] == [("Shelling/artillery/missile attack", "palestine_hotel")]


def test_a_an_interception_over_or_in_the_building_is_at_it() -> None:
    text = "Air defences shot down a drone over the Republican Palace on Tuesday, officials said."
    assert _rows(text)[0][:3] == ("Disrupted weapons use", "republican_palace", "at")
    text_ar = "أسقطت منظومة الدفاع الجوي، مساء اليوم الأربعاء، طائرة مسيرة فوق مبنى السفارة الأمريكية في بغداد."
    assert _rows(text_ar)[0][:3] == ("Disrupted weapons use", "us_embassy", "at")


def test_a_an_interception_aimed_at_the_embassy_is_near_it() -> None:
    text_ar = "اعترضت منظومة سي رام، فجر اليوم الأربعاء، صاروخين أطلقا باتجاه مجمع السفارة الأمريكية في بغداد."
    assert _rows(text_ar)[0][:3] == ("Disrupted weapons use", "us_embassy", "near")
    # must not fire: a rocket that hit the embassy is at it
    text = "A rocket hit the U.S. Embassy compound on Wednesday, officials said."
    assert _rows(text)[0][:3] == ("Shelling/artillery/missile attack", "us_embassy", "at")


# (b) a crowd gathered and dispersed


def test_b_gathered_and_dispersed_at_one_place_is_one_event() -> None:
    text = (
        "Hundreds of nurses gathered in Firdos Square on Monday to demand back pay. In the afternoon riot police fired "
        "tear gas to disperse them, and nine nurses were treated for breathing difficulties."
    )
    assert _rows(text) == [("Protest with intervention", "firdos_square", "at", None, 9)]
    text_ar = (
        "تجمع مئات الممرضين، يوم الاثنين، في ساحة الفردوس للمطالبة برواتبهم المتأخرة. "
        "وبعد الظهر أطلقت قوات مكافحة الشغب الغاز المسيل للدموع لتفريقهم، ما أدى إلى إصابة تسعة منهم بحالات اختناق."
    )
    assert _rows(text_ar) == [("Protest with intervention", "firdos_square", "at", None, 9)]


def test_b_part_of_the_crowd_stopped_at_another_place_is_an_event_there() -> None:
    text_ar = (
        "احتشد مئات الخريجين، يوم الاثنين، في ساحة الفردوس. "
        "وتوجه بعضهم نحو جسر السنك، حيث منعتهم القوات الأمنية من العبور."
    )
    assert _rows(text_ar) == [
        ("Peaceful protest", "firdos_square", "at", None, None),
        ("Protest with intervention", "bridge_sinak", "at", None, None),
    ]
    text = (
        "Hundreds of graduates rallied in Firdos Square on Monday. Some of them then walked to the Sinak Bridge, where "
        "police stopped them from crossing."
    )
    rows = _rows(text)
    assert ("Peaceful protest", "firdos_square", "at", None, None) in rows
    assert any(r[:2] == ("Protest with intervention", "bridge_sinak") for r in rows)


def test_b_a_prevention_that_is_no_force_on_a_crowd_makes_no_protest() -> None:
    # must not fire: what was prevented is no crowd going on
    assert _rows("Police prevented a repeat of last week's violence near the Sinak Bridge on Monday.") == []
    assert _rows("منعت السلطات التجوال قرب جسر السنك يوم الاثنين.") == []


# (c) the fire of an armed clash


def test_c_mortars_at_the_clash_place_are_the_clash() -> None:
    text = (
        "Gunmen and soldiers exchanged fire inside the Green Zone on Monday evening, officials said. Mortar rounds "
        "also landed in the zone. Six people were killed and 40 wounded, a health ministry spokesman said."
    )
    assert _rows(text, "2022-08-30") == [("Armed clash", "green_zone", "inside", 6, 40)]
    text_ar = (
        "اندلعت اشتباكات مسلحة، مساء الاثنين، بين مسلحين وقوات الجيش داخل المنطقة الخضراء، واستُخدمت فيها "
        "الأسلحة المتوسطة وقذائف الهاون."
    )
    assert [r[:2] for r in _rows(text_ar, "2022-08-30")] == [("Armed clash", "green_zone")]


def test_c_shells_falling_at_another_landmark_are_a_shelling_of_their_own() -> None:
    # must not fire: the clash at a gate, the shells inside the palace
    text = (
        "Gunmen and soldiers exchanged fire near the Assassins' Gate on Monday evening, officials said. Two mortar "
        "shells landed inside the Republican Palace."
    )
    kinds = [r[:2] for r in _rows(text, "2022-08-30")]
    assert ("Armed clash", "gate_assassins") in kinds
    assert ("Shelling/artillery/missile attack", "republican_palace") in kinds


def test_c_a_rocket_attack_with_no_clash_stays_a_shelling() -> None:
    # must not fire: no clash that day
    text = "Two rockets landed inside the Green Zone on Monday evening, officials said."
    assert [r[:2] for r in _rows(text, "2022-08-30")] == [("Shelling/artillery/missile attack", "green_zone")]


def test_a_rocket_landing_elsewhere_beside_an_interception_at_the_embassy_is_its_own_event() -> None:
    text = (
        "Rockets targeted the US embassy in Baghdad on Tuesday night. The embassy's C-RAM system intercepted two "
        "rockets over the compound, officials said. A third rocket landed on a house in the Ghadir residential "
        "district, a few hundred metres outside the zone, wounding two children."
    )
    rows = _rows(text)
    assert ("Disrupted weapons use", "us_embassy", "at", None, None) in rows
    assert ("Shelling/artillery/missile attack", "baghdad", "at", None, 2) in rows
    assert len(rows) == 2


def test_a_salvo_aimed_at_the_embassy_with_no_interception_stays_one_attack() -> None:
    # must not fire: no munition brought down at the embassy, the salvo is one attack
    text = (
        "Rockets targeted the US embassy in Baghdad on Tuesday night. One of them landed on a house in the Ghadir "
        "district, wounding two children."
    )
    assert len(_rows(text)) == 1


def test_a_launcher_found_is_not_the_interception() -> None:
    text_ar = (
        "سقط صاروخ كاتيوشا، فجر اليوم الأربعاء، قرب نصب الجندي المجهول دون وقوع إصابات. "
        "وعثرت القوات الأمنية لاحقاً على منصة الإطلاق. "
        "واعترضت منظومة سي رام صاروخين آخرين فوق مبنى السفارة الأمريكية."
    )
    rows = _rows(text_ar)
    assert ("Disrupted weapons use", "us_embassy", "at", None, None) in rows
    assert any(r[:2] == ("Shelling/artillery/missile attack", "tomb_unknown_soldier") for r in rows)
