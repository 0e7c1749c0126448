"""Arabic grammar read on unseen reports (917-930 diagnosis): a quantifier heading the construct of a place's edge,
barriers removed by the crowd, and another group joined to a count by a word of addition.

Each case is a sentence written for this test, with near misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties, find_force, find_triggers
from geoincidents.extraction.geocoding import find_places


def _rows(text: str, published: str = "2021-03-04") -> list[tuple[str, str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(r.landmark_id), str(r.relation), str(r.sub_event_type)) for _, r in frame.iterrows()]


# --- "أحد/إحدى/بعض" heading the edge of an area -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تجمع العشرات من الخريجين اليوم عند أحد مداخل المنطقة الخضراء للمطالبة بالتعيين.",
        "نظم المئات وقفة احتجاجية اليوم أمام إحدى بوابات المنطقة الخضراء.",
        "احتشد متظاهرون اليوم قرب بعض سيطرات المنطقة الخضراء.",
    ],
)
def test_one_of_the_edges_of_the_zone_is_near_it(text: str) -> None:
    assert _rows(text) == [("green_zone", "near", "Peaceful protest")]


def test_one_of_the_streets_inside_the_zone_stays_inside() -> None:
    rows = _rows("تظاهر العشرات اليوم في أحد الشوارع داخل المنطقة الخضراء.")
    assert [r[:2] for r in rows] == [("green_zone", "inside")]


# --- barriers removed by the crowd ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "دخل المحتجون الوزارة بعد أن أزالوا الحواجز الإسمنتية عند بابها.",
        "وأزاح المتظاهرون الكتل الخرسانية بأيديهم قبل أن يدخلوا الساحة.",
        "أزال المعتصمون الأسلاك الشائكة المحيطة بالمبنى.",
        "وراح الشبان يقتلعون الأسلاك الشائكة قرب السفارة.",
    ],
)
def test_barriers_removed_by_the_crowd_are_a_riot(text: str) -> None:
    assert "riot" in {t.family for t in find_triggers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "أزالت القوات الأمنية الحواجز الكونكريتية وأعادت فتح الطريق.",  # the forces, feminine singular
        "وقال شهود إن عناصر الأمن أزالوا الحواجز من الطريق.",  # the forces as subject before the verb
        "أزال عمال البلدية الحواجز من الشارع.",  # workers, no crowd
        "قامت الجهات المختصة بإزالة الحواجز الكونكريتية.",  # the verbal noun of an authority
        "أزالوا الخيام ورفعوا الأعلام.",  # tents, no barrier
        "أزالت القوات الخيام التي نصبها المتظاهرون.",
    ],
)
def test_barriers_removed_by_others_or_tents_are_no_riot(text: str) -> None:
    assert "riot" not in {t.family for t in find_triggers(text)}, text


def test_a_storming_after_barriers_removed_is_a_violent_demonstration() -> None:
    text = "اقتحم المئات من المحتجين، اليوم الخميس، مبنى مجلس النواب بعد أن أزالوا الحواجز الكونكريتية أمامه."
    assert [r[2] for r in _rows(text)] == ["Violent demonstration"]


def test_a_storming_alone_stays_a_protest() -> None:
    text = "اقتحم المئات من المحتجين، اليوم الخميس، مبنى مجلس النواب وطالبوا بإقالة الوزير."
    assert [r[2] for r in _rows(text)] == ["Peaceful protest"]


# --- another group joined by a word of addition -----------------------------------------------------------------


def _counts(text: str) -> list[tuple[int | None, int | None, bool]]:
    return [(c.fatalities, c.injuries, c.also) for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصيب أربعة محتجين بالرصاص المطاطي، إضافة إلى شرطي واحد.", [(None, 4, False), (None, 1, True)]),
        ("قتل متظاهران اثنان فضلاً عن ثلاثة من عناصر الأمن.", [(2, None, False), (3, None, True)]),
        ("أصيب سبعة أشخاص بالإضافة إلى منتسبَين اثنين في الشرطة.", [(None, 7, False), (None, 2, True)]),
    ],
)
def test_a_group_added_to_a_count_adds(text: str, expected: list[tuple[int | None, int | None, bool]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أصيب أربعة محتجين، إضافة إلى تضرر ثلاث سيارات.",  # damage, not people
        "أصيب أربعة محتجين، إضافة إلى خمس سيارات.",  # things
        "أصيب أربعة محتجين. إضافة إلى ذلك اعتقل ستة أشخاص.",  # another sentence
    ],
)
def test_things_or_another_sentence_add_nothing(text: str) -> None:
    assert _counts(text) == [(None, 4, False)]


def test_the_added_group_sums_in_the_row() -> None:
    text = (
        "أطلقت القوات الأمنية اليوم الغاز المسيل للدموع على محتجين قرب ساحة التحرير، ما أدى إلى إصابة أربعة "
        "منهم، إضافة إلى منتسب واحد."
    )
    frame = extract_incidents(text, published="2021-03-04")
    assert list(frame.injuries) == [5]


# --- "no one hurt" narrowed to another group ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أخلي موظفو الوزارة قبل وصول الحشد إلى الباب، ولم تسجل أي إصابات في صفوف الموظفين",
        "وكان العاملون في الفندق قد غادروا المبنى، ولم تسجل أي إصابات في صفوفهم",
        "سقطت قذيفة قرب المطار دون وقوع إصابات في صفوف القوات الأمنية",
        "ولم تسجل أي إصابات بين الحراس",
    ],
)
def test_no_one_hurt_of_another_group_is_no_toll(text: str) -> None:
    assert [c.injuries for c in find_casualties(text)] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "ولم تسجل أي إصابات في صفوف المتظاهرين",
        "تفرق المحتجون بعد ساعة، ولم تسجل أي إصابات في صفوفهم",
        "سقط الصاروخ دون وقوع إصابات بين المدنيين",
        "ولم تسجل أي إصابات",
    ],
)
def test_no_one_hurt_of_the_crowd_or_public_is_zero(text: str) -> None:
    assert [c.injuries for c in find_casualties(text)] == [0], text


# --- a kind word with a clitic heads a place of its own --------------------------------------------------------


def test_a_dual_kind_word_with_a_conjunction_names_two_places() -> None:
    text = "تجمع المحتجون في ساحة الخلاني وجسري السنك والأحرار."
    assert [m.landmark.landmark_id for m in find_places(text)] == ["khilani_square", "bridge_sinak", "bridge_ahrar"]


def test_a_second_name_after_a_singular_kind_word_stays_one() -> None:
    text = "تجمع المحتجون في ساحة الطيران والخلاني."
    assert [m.landmark.landmark_id for m in find_places(text)][-1] == "khilani_square"


# --- a crowd streaming from a place: where it came from ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "توافد المتظاهرون من ساحة التحرير باتجاه المنطقة الخضراء اليوم",
        "وتدفق المحتجون اليوم من ساحة التحرير نحو المنطقة الخضراء",
        "توافد المعتصمون من ساحة التحرير صوب المنطقة الخضراء اليوم",
    ],
)
def test_where_a_crowd_streamed_from_is_not_its_place(text: str) -> None:
    assert [r[0] for r in _rows(text)] == ["green_zone"], text


@pytest.mark.parametrize(
    "text",
    [
        "توافد المتظاهرون اليوم على ساحة التحرير.",  # streamed onto the square: there
        "توافد المحتجون اليوم إلى ساحة التحرير من مختلف المناطق.",  # "from" with no place after it
    ],
)
def test_where_a_crowd_streamed_to_is_its_place(text: str) -> None:
    assert [r[0] for r in _rows(text)] == ["tahrir_square"], text


# --- the weapons a clash was fought with; what the day escalated into -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة في الحي بين مسلحين والشرطة، واستُخدمت فيها قذائف الهاون.",
        "اندلعت اشتباكات في الحي واستخدم المسلحون فيها القذائف الصاروخية.",
    ],
)
def test_weapons_used_in_a_clash_are_its_arms(text: str) -> None:
    assert {t.family for t in find_triggers(text)} == {"battle"}, text


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة في الحي، وسقطت قذيفة هاون على منزل قريب.",  # a shell that fell: its own event
        "استخدمت الفصائل الصواريخ في قصف المطار.",  # no clash before
    ],
)
def test_a_shell_that_fell_or_no_clash_keeps_the_shelling(text: str) -> None:
    assert "explosion" in {t.family for t in find_triggers(text)}, text


def test_what_the_day_escalated_into_takes_not_the_storming_place() -> None:
    text = (
        "اقتحم المئات من المحتجين اليوم مبنى مجلس النواب، قبل أن تتطور الأوضاع إلى اشتباكات مسلحة. "
        "واندلعت اشتباكات بين مسلحين وقوات أمنية قرب جسر الجمهورية."
    )
    assert sorted((r[0], r[2]) for r in _rows(text, "2022-08-29")) == [
        ("baghdad_convention_center", "Violent demonstration"),
        ("bridge_jumhuriya", "Armed clash"),
    ]


# --- preventing the crowd, not an abstract harm ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "منعت القوات الأمنية المتظاهرين من العبور إلى الجسر.",
        "حاول المحتجون العبور لكن القوات منعتهم.",
        "وعملت القوات على منع وصول المحتجين إلى البوابة.",
        "منعت القوات المئات من الوصول إلى الساحة.",
    ],
)
def test_preventing_the_crowd_is_an_intervention(text: str) -> None:
    assert find_force(text).intervention, text


@pytest.mark.parametrize(
    "text",
    [
        "فيما انتشرت القوات الأمنية بكثافة لمنع أي احتكاك مع المعتصمين.",
        "شددت القوات إجراءاتها لمنع وقوع أي خرق أمني.",
    ],
)
def test_a_deployment_against_friction_is_no_intervention(text: str) -> None:
    assert not find_force(text).intervention, text
