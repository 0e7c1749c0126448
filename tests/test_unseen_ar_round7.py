"""Rules from the diagnosis of unseen Arabic reports, round 7 (docs/extraction.md).

Each rule is tested with sentences written for the test (not the reports'), with cases that must fire and cases
that must not.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties, find_triggers
from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import NEGATED, place_role
from geoincidents.extraction.rules.mentions import moved_place
from geoincidents.extraction.rules.segment import split_clauses


def _role(text: str, name: str) -> str:
    at = text.index(name)
    return place_role(text, at, at + len(name))


def _rows(text: str, published: str) -> list[tuple[str, str, str]]:
    frame = extract_incidents(text, published=published, source="test")
    return [(str(r.event_date.date()), str(r.sub_event_type), str(r.landmark_id)) for r in frame.itertuples()]


def _families(text: str) -> list[tuple[str, str]]:
    return [(t.family, text[t.start : t.end]) for t in find_triggers(text)]


def _counts(text: str) -> list[tuple[int | None, int | None]]:
    return [(c.fatalities, c.injuries) for c in find_casualties(text)]


# --- date.event_not_report: an Arabic verb first, its subject long, the date after a comma ---------------------


def test_reporting_date_after_a_long_subject_is_left_out() -> None:
    text = (
        "أفاد مصدر في شرطة محافظة بغداد الكرخ، اليوم الثلاثاء، بأن عبوة ناسفة انفجرت مساء أمس الاثنين قرب ساحة "
        "النسور من دون إصابات."
    )
    assert _rows(text, "2024-03-12") == [("2024-03-11", "Remote explosive/landmine/IED", "nisour_square")]


def test_a_date_after_that_is_the_news_even_after_a_long_subject() -> None:
    # the date follows "أن": what was said, the event's date
    text = "وقال مصدر أمني في العاصمة إن عبوة ناسفة انفجرت قرب ساحة النسور، مساء أمس الاثنين، من دون إصابات."
    assert _rows(text, "2024-03-12")[0][0] == "2024-03-11"


# --- place.negated_skipped: a prevention that failed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أطلقت الشرطة الغاز من دون أن تفلح في منع الطلاب من الوصول إلى مبنى وزارة التخطيط", "مبنى وزارة التخطيط"),
        ("عجزت القوات عن منع الحشود من دخول المنطقة الخضراء", "المنطقة الخضراء"),
        ("riot police were unable to stop the marchers from entering the Green Zone", "Green Zone"),
        ("guards failed to prevent the crowd from reaching the embassy", "embassy"),
    ],
)
def test_a_failed_prevention_is_no_negation(text: str, name: str) -> None:
    assert _role(text, name) != NEGATED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("نجحت القوات في منع الطلاب من الوصول إلى مبنى وزارة التخطيط", "مبنى وزارة التخطيط"),
        ("منعت الشرطة الحشود من دخول المنطقة الخضراء", "المنطقة الخضراء"),
        ("riot police managed to stop the marchers from entering the Green Zone", "Green Zone"),
    ],
)
def test_a_prevention_that_held_stays_a_negation(text: str, name: str) -> None:
    assert _role(text, name) == NEGATED


# --- mention.moved: where a crowd gathered before setting off (mentions._HEADED_ON_AFTER) ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("احتشد الخريجون صباحاً في ساحة الخلاني، قبل أن يزحفوا نحو جسر السنك", "ساحة الخلاني"),
        ("Hundreds gathered in Firdos Square at dawn before marching on the Sinak bridge", "Firdos Square"),
    ],
)
def test_where_a_crowd_gathered_before_setting_off_is_its_origin(text: str, name: str) -> None:
    assert moved_place(text, text.index(name), 0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("احتشد الخريجون في ساحة الخلاني قبل ساعات من وصول الوزير", "ساحة الخلاني"),
        ("Hundreds gathered in Firdos Square before noon", "Firdos Square"),
    ],
)
def test_before_without_a_verb_of_going_keeps_the_place(text: str, name: str) -> None:
    assert not moved_place(text, text.index(name), 0)


# --- trigger (riot): the Arabic imperfect plural ---------------------------------------------------------------------


def test_imperfect_plural_riot_verbs_are_riot_words() -> None:
    assert ("riot", "يرشقون") in _families("الشبان يرشقون عناصر الأمن بالحجارة")
    assert ("riot", "يحرقوا") in _families("قبل أن يحرقوا الإطارات وسط الشارع")
    assert ("riot", "ويزيحوا") in _families("حاولوا أن يقتربوا من المبنى ويزيحوا الكتل الإسمنتية")


def test_a_thing_that_shattered_is_no_riot() -> None:
    assert _families("تحطم زجاج السيارات المتوقفة قرب الموقع") == []
    assert _families("تكسرت نوافذ المحال المجاورة") == []


# --- segment.clause: the rest of an Arabic salvo after what was brought down --------------------------------------


def test_the_rest_of_a_salvo_after_an_interception_stays_in_its_clause() -> None:
    text = "اعترضت المنظومة صاروخين، فيما سقط الثالث قرب جسر الجادرية"
    assert len(split_clauses(text, 0, len(text))) == 1


def test_another_item_with_no_interception_is_cut() -> None:
    text = "سقط الصاروخ الأول في أرض زراعية، فيما تسبب الثاني بإصابة طفل"
    assert len(split_clauses(text, 0, len(text))) == 2


def test_afterwards_is_no_clause_break() -> None:
    text = "وقال الشهود إن بعض المحتجين توجهوا بعد ذلك إلى جسر السنك، فأطلقت الشرطة الغاز عليهم"
    assert len(split_clauses(text, 0, len(text))) == 1
    text = "انسحب المحتجون بعد أن أطلقت الشرطة الغاز"
    assert len(split_clauses(text, 0, len(text))) == 2


# --- counts: a modifier between the counted people and their verb --------------------------------------------------


def test_counted_people_with_a_modifier_before_their_verb() -> None:
    assert _counts("وقال المصدر إن خمسة من عناصر الشرطة المكلفين بحماية الموقع أصيبوا بجروح.") == [(None, 5)]
    assert _counts("ثلاثة من الطلاب الذين شاركوا في الوقفة أصيبوا بحالات اختناق.") == [(None, 3)]


def test_a_second_count_joined_by_and_is_not_a_modifier() -> None:
    assert _counts("أربعة من منتسبي الوزارة وخمسة محتجين أصيبوا بجروح.") == [(None, 9)]


# --- trigger: who organises a protest ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال منظمو الوقفة إن الأعداد فاقت التوقعات",
        "ودعت اللجنة المنظمة للتظاهرة إلى الالتزام بالسلمية",
        "وأكد الناطق باسم المعتصمين أن المطالب واضحة",
        "ودعت تنسيقيات الاحتجاجات إلى الهدوء",
    ],
)
def test_who_runs_a_protest_is_no_protest(text: str) -> None:
    assert [f for f in _families(text) if f[0] == "protest"] == []


def test_a_protest_named_with_its_crowd_is_still_one() -> None:
    assert [f[0] for f in _families("تظاهر المئات من الخريجين أمام الوزارة")] == ["protest"]


# --- casualties.initial: what a party to the event claims ---------------------------------------------------------


def test_a_partys_claimed_toll_gives_way_to_the_stated_one() -> None:
    text = (
        "أطلقت القوات الأمنية الرصاص الحي على المتظاهرين قرب ساحة الخلاني يوم الاثنين، ما أدى إلى مقتل متظاهر، "
        "فيما تقول التنسيقيات إن عدد القتلى بلغ ثلاثة."
    )
    frame = extract_incidents(text, published="2020-01-21", source="test")
    assert list(frame["fatalities"]) == [1]


def test_a_partys_claimed_toll_in_english() -> None:
    text = (
        "Police fired live rounds at protesters near Khilani Square on Monday, killing one, while organisers said "
        "the number of dead had reached four."
    )
    frame = extract_incidents(text, published="2020-01-21", source="test")
    assert list(frame["fatalities"]) == [1]


def test_a_partys_count_of_its_own_people_adds_to_the_other_sides() -> None:
    text = (
        "أصيب ستة من عناصر الشرطة بالحجارة خلال مواجهات مع محتجين قرب ساحة الخلاني يوم الاثنين، فيما قال منظمو "
        "الاحتجاج إن ثمانية محتجين أصيبوا بالرصاص المطاطي."
    )
    frame = extract_incidents(text, published="2020-01-21", source="test")
    assert list(frame["injuries"]) == [14]


# --- merge.same_event: a sit-in begun by the crowd that stormed the place -----------------------------------------


def test_a_sit_in_begun_by_a_riot_is_that_riot() -> None:
    text = (
        "اقتحم آلاف من أنصار التيار الصدري مبنى البرلمان، اليوم السبت، وأزالوا الحواجز الكونكريتية عند مداخله.\n"
        "وأعلن المقتحمون بعد ذلك اعتصاماً مفتوحاً داخل المبنى."
    )
    rows = _rows(text, "2022-07-30")
    assert [r[1] for r in rows] == ["Violent demonstration"]


# --- mention.moved: the crowd again, by the pronoun alone ---------------------------------------------------------


def test_what_the_same_crowd_did_after_is_the_same_event() -> None:
    text = "اقتحم أنصار التيار مبنى البرلمان مساء الأربعاء، بعد أن أزالوا الحواجز على جسر الجمهورية."
    rows = _rows(text, "2022-07-28")
    assert rows == [("2022-07-27", "Violent demonstration", "baghdad_convention_center")]


# --- place names: an embassy by its country's adjective; a bridge's end by "the square"; "the ministry" ----------


def test_an_embassy_named_by_its_country_adjective_is_a_named_place() -> None:
    text = "تجمع محتجون أمام السفارة الفرنسية في بغداد"
    found = [(text[m.start : m.end], m.unknown) for m in find_places(text)]
    assert ("السفارة الفرنسية", True) in found
    text = "تجمع محتجون أمام السفارة الأمريكية"
    assert [m.landmark.landmark_id for m in find_places(text)] == ["us_embassy"]


def test_the_bridge_end_on_the_side_of_the_square() -> None:
    text = "تجمع المحتجون في ساحة الخلاني ثم حاولوا عبور جسر السنك، ففرقتهم الشرطة عند طرف الجسر من جهة الساحة."
    ids = [m.landmark.landmark_id for m in find_places(text)]
    assert ids[-1] == "bridge_sinak_khilani_end"
    assert ids.count("khilani_square") == 1  # "الساحة" only told which end


def test_the_square_far_from_the_bridge_tells_no_end() -> None:
    text = "تجمع المحتجون في ساحة النسور ثم قطعوا جسر السنك، ووقفوا عند طرف الجسر من جهة الساحة."
    ids = [m.landmark.landmark_id for m in find_places(text)]
    assert "bridge_sinak_khilani_end" not in ids and "bridge_sinak_karkh_end" not in ids


def test_the_ministry_refers_back_to_the_ministry_named() -> None:
    text = "تجمع الخريجون أمام مبنى وزارة التخطيط، ثم أطلقت القوات الغاز لتفريقهم أمام الوزارة."
    ids = [m.landmark.landmark_id for m in find_places(text)]
    assert ids == ["ministry_of_planning", "ministry_of_planning"]
    text = "تجمع الخريجون أمام السفارة الأمريكية، ثم أطلقت القوات الغاز لتفريقهم أمام الوزارة."
    assert [m.landmark.landmark_id for m in find_places(text)] == ["us_embassy"]


# --- place.two_places: a "since" in what the crowd demands -----------------------------------------------------


def test_since_in_the_demand_does_not_make_a_state() -> None:
    text = (
        "تظاهر العشرات من الموظفين، اليوم الأحد، في ساحة الخلاني وأمام مبنى وزارة التخطيط للمطالبة برواتبهم "
        "المتأخرة منذ ثلاثة أشهر."
    )
    assert sorted(r[2] for r in _rows(text, "2024-05-05")) == ["khilani_square", "ministry_of_planning"]


def test_a_state_since_earlier_at_two_places_stays_one() -> None:
    text = "يعتصم العشرات في ساحة الخلاني وأمام مبنى وزارة التخطيط منذ ثلاثة أشهر."
    assert len(_rows(text, "2024-05-05")) <= 1


# --- date: a relative clause about an event elsewhere ---------------------------------------------------------------


def test_the_date_of_an_elsewhere_relative_clause_is_not_the_sentences() -> None:
    text = (
        "بغداد اليوم - بغداد\n"
        "10:30 - مئات المشيعين يتجمعون قرب السفارة الأمريكية بعد تشييع المقاتلين الذين قتلوا بقصف في مدينة "
        "الموصل مساء الجمعة.\n"
        "11:00 - المحتجون يضرمون النار في بوابة السفارة."
    )
    rows = _rows(text, "2024-01-07")
    assert rows and {r[0] for r in rows} == {"2024-01-07"}


def test_a_relative_clause_in_baghdad_keeps_its_date() -> None:
    text = "أصيب ثلاثة من المحتجين الذين تجمعوا قرب جسر السنك مساء الجمعة بحالات اختناق."
    assert _rows(text, "2024-01-07")[0][0] == "2024-01-05"


# --- background.continuing: a headline over an ongoing state ------------------------------------------------------


def test_a_headline_naming_a_continuing_sit_in_makes_no_row() -> None:
    text = (
        "الخريجون بين اعتصامين\n\n"
        "يتواصل اعتصام خريجي المهن الصحية أمام مبنى وزارة التخطيط لليوم الخامس على التوالي، وسط مطالبات "
        "بالتعيين."
    )
    assert _rows(text, "2024-05-05") == []


def test_a_headline_over_a_new_event_keeps_it() -> None:
    text = (
        "الخريجون يتظاهرون أمام وزارة التخطيط\n\n"
        "تظاهر المئات من الخريجين، اليوم الأحد، أمام مبنى وزارة التخطيط للمطالبة بالتعيين."
    )
    assert [r[2] for r in _rows(text, "2024-05-05")] == ["ministry_of_planning"]


# --- second half (984-990) ------------------------------------------------------------------------------------------


def test_a_source_spoke_of_a_count_with_a_long_subject_is_a_claim() -> None:
    text = (
        "ارتفعت حصيلة الهجوم على المحتجين في ساحة الخلاني، مساء أمس، إلى عشرة قتلى بحسب وزارة الصحة، فيما تحدثت "
        "مصادر في مستشفيات جانب الرصافة عن أربعة عشر قتيلاً."
    )
    frame = extract_incidents(text, published="2019-12-07", source="test")
    assert list(frame["fatalities"]) == [10]


def test_the_embassy_refers_back_to_an_embassy_not_the_last_building() -> None:
    text = "وقال بيان لمكتب رئيس الوزراء إن صاروخين سقطا قرب السفارة."
    assert "zaqura_building" not in [m.landmark.landmark_id for m in find_places(text)][1:]
    text = "سقط صاروخ داخل مجمع السفارة الأمريكية. وقال بيان لمكتب رئيس الوزراء إن صاروخين آخرين سقطا قرب السفارة."
    ids = [m.landmark.landmark_id for m in find_places(text)]
    assert ids[0] == "us_embassy" and ids[-1] == "us_embassy"


@pytest.mark.parametrize(
    "text",
    [
        "طالبوا بمحاسبة قتلة المتظاهرين",
        "وقال أهالي المعتصمين إن أبناءهم بخير",
        "the families of slain protesters spoke",
    ],
)
def test_people_named_by_their_relation_to_a_crowd_are_no_crowd(text: str) -> None:
    assert [f for f in _families(text) if f[0] == "protest"] == []


def test_a_crowd_named_alone_is_still_a_crowd() -> None:
    assert [f[0] for f in _families("أطلقت القوات الغاز على المعتصمين قرب الجسر")] == ["protest"]


def test_none_of_the_munitions_hit_a_place_is_no_casualty_count() -> None:
    assert _counts("وسقطت قذائف قرب الجسر، ولم تصب أي منها مبنى الوزارة.") == []
    assert _counts("ولم يصب أي من المحتجين بأذى.") == [(0, 0)]


def test_an_overall_toll_of_the_day_is_no_one_events() -> None:
    text = (
        "أطلقت القوات الرصاص الحي على المحتجين قرب جسر السنك يوم السبت، ما أدى إلى مقتل اثنين. وفي حصيلة "
        "شاملة، قالت مفوضية حقوق الإنسان إن تسعة متظاهرين قتلوا في بغداد يوم السبت."
    )
    frame = extract_incidents(text, published="2019-11-10", source="test")
    assert list(frame["fatalities"]) == [2]


def test_blasts_heard_during_a_clash_are_its_sound() -> None:
    text = "اندلعت يوم الاثنين اشتباكات بين مسلحين مجهولين وقوات أمنية قرب جسر الجمهورية، وسماع دوي انفجارات."
    assert [r[1] for r in _rows(text, "2022-08-30")] == ["Armed clash"]
    # a weapon named is no sound of the clash: a shelling (told at another landmark; at the clash's own place the
    # sides' fire is folded into the clash, merge.clash_fire, the convention of 2026-12-04)
    text = "اندلعت يوم الاثنين اشتباكات بين مسلحين وقوات أمنية قرب جسر الجمهورية، وسقطت قذائف هاون قرب فندق الرشيد."
    assert "Shelling/artillery/missile attack" in [r[1] for r in _rows(text, "2022-08-30")]


def test_munitions_at_two_places_of_one_clause_are_two_attacks() -> None:
    text = "سقطت صباح اليوم قذائف هاون قرب مبنى البرلمان وفي محيط فندق الرشيد."
    assert sorted(r[2] for r in _rows(text, "2022-08-30")) == ["al_rasheed_hotel", "baghdad_convention_center"]


def test_a_rally_told_after_a_semicolon_with_its_own_day_is_an_event() -> None:
    text = "ويأتي الهجوم بعد أيام من تظاهرة كبيرة؛ إذ تظاهر الآلاف يوم الجمعة في منطقة الجادرية رافعين الأعلام."
    assert [r[:2] for r in _rows(text, "2020-01-27")] == [("2020-01-24", "Peaceful protest")]
    text = "ويأتي الهجوم بعد أيام من تظاهرة كبيرة في منطقة الجادرية."
    assert _rows(text, "2020-01-27") == []


def test_arson_by_the_gunmen_of_an_attack_is_no_riot() -> None:
    text = "هاجم مسلحون مجهولون المعتصمين في ساحة الخلاني ليل الجمعة وأضرموا النار في خيامهم."
    assert [f[0] for f in _families(text)].count("riot") == 0
    text = "هاجم مسلحون مجهولون المعتصمين في ساحة الخلاني ليل الجمعة، والمحتجون أضرموا النار في سيارة."
    assert "riot" in [f[0] for f in _families(text)]


def test_a_time_after_another_event_is_no_clause_break() -> None:
    text = "عثرت الشرطة، بعد نحو ساعة من الهجوم، على منصة الإطلاق في منطقة الدورة"
    assert len(split_clauses(text, 0, len(text))) == 1


def test_unfired_rockets_on_a_launcher_found_apart_are_their_own_event() -> None:
    text = (
        "سقط صاروخان فجر اليوم قرب نصب الجندي المجهول. وعثرت الشرطة على منصة الإطلاق في منطقة الزعفرانية، "
        "وعليها صاروخان لم ينطلقا."
    )
    kinds = sorted(r[1] for r in _rows(text, "2023-12-08"))
    assert kinds == ["Disrupted weapons use", "Shelling/artillery/missile attack"]
    text = "سقط صاروخان فجر اليوم قرب نصب الجندي المجهول. وعثرت الشرطة على منصة الإطلاق محترقة في منطقة الزعفرانية."
    assert [r[1] for r in _rows(text, "2023-12-08")] == ["Shelling/artillery/missile attack"]


def test_a_landmark_the_sentence_says_was_not_hit_is_not_its_place() -> None:
    text = (
        "استهدف هجوم صاروخي فجر اليوم السفارة الأمريكية، ولم يصب أي منها مبنى السفارة. وسقط صاروخان قرب نصب "
        "الجندي المجهول."
    )
    assert [r[2] for r in _rows(text, "2023-12-08")] == ["tomb_unknown_soldier"]


def test_gunmen_described_before_their_plural_verb_fired() -> None:
    text = (
        "وقال شهود إن مسلحين يرتدون ملابس سوداء نزلوا من سيارتين مساء أمس وأطلقوا النار على المعتصمين في ساحة الخلاني."
    )
    assert ("civilians", "مسلحين") in [(f[0], f[1][:6]) for f in _families(text)]
    # the forces named between, with a comma: no gunmen's fire
    text = "وقال شهود إن مسلحين اقتربوا من الساحة، فأطلقت القوات النار في الهواء."
    assert "civilians" not in [f[0] for f in _families(text)]
