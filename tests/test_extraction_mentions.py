"""Mentions of a protest's participants or camp, referential and cause phrases, where a crowd came from or went.

Rules ``mention.*`` (rules/mentions.py), ``background.referential`` and ``background.cause``
(rules/background.py). Each rule is tested on sentences written for these tests, in English and Arabic,
with negative cases: real events told with event words of their own stay rows.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_force, find_triggers
from geoincidents.extraction.pipeline import RULES_COLUMN
from geoincidents.extraction.rules.background import aside_spans
from geoincidents.extraction.rules.mentions import is_mention, moved_place


def _mention(text: str) -> bool:
    triggers = find_triggers(text)
    assert triggers, f"no event words in {text!r}"
    return is_mention(text, (0, len(text)), triggers, find_force(text), counted=False)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the protesters would be heard.",
        "From the roof, demonstrators can see the checkpoint.",
        "The crowd was mostly young men from the eastern districts.",
        "The tents are still standing.",
        "Journalists walked around the protest camp.",
        "Volunteers handed out water to sit-in participants.",
        "وزع متطوعون المياه على المعتصمين.",
        "وقال المحتجون إن مطالبهم واضحة.",
        "انسحب الأنصار من موقع الاعتصام.",
        "The guards later pushed them back to their tents after firing tear gas.",
        "وأطلقت القوات الغاز قبل إبعادهم إلى خيامهم.",
    ],
)
def test_participant_nouns_alone_are_a_mention(text: str) -> None:
    assert _mention(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered outside the ministry.",  # an event verb
        "Students marched through the square.",
        "A demonstration was held near the bridge.",  # an event noun
        "Supporters began a sit-in at the gate.",
        "Police fired tear gas at the protesters.",  # force on the crowd
        "The protesters threw stones at the guards.",  # another family (a riot)
        "Organisers pitched dozens of tents along the road.",  # a camp set up
        "تظاهر المئات أمام الوزارة.",
        "تجمع المحتجون قرب البوابة.",
        "أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين.",
        "نصب المعتصمون خياماً أمام المبنى.",
    ],
)
def test_event_words_force_and_camps_make_an_event(text: str) -> None:
    assert not _mention(text)


def test_counted_victims_make_an_event() -> None:
    text = "Guards shot and killed four protesters."
    assert not is_mention(text, (0, len(text)), find_triggers(text), find_force(text), counted=True)


@pytest.mark.parametrize(
    ("text", "place", "moved"),
    [
        ("The demonstrators, who had marched from Liberation Square, tried to cross.", "Liberation", True),
        ("Police drove the crowd back into the square.", "square", True),
        ("The protesters took refuge in the mosque.", "mosque", True),
        ("وانطلق المتظاهرون من ساحة التحرير نحو الجسر.", "ساحة", True),
        ("ولجأ المتظاهرون إلى جامع قريب.", "جامع", True),
        ("Protesters gathered at the square.", "square", False),
        ("A rocket was fired from the orchard.", "orchard", False),  # a launch point is no crowd's origin
        ("تجمع المتظاهرون في ساحة التحرير.", "ساحة", False),
    ],
)
def test_moved_place(text: str, place: str, moved: bool) -> None:
    assert moved_place(text, text.index(place), 0) is moved


@pytest.mark.parametrize(
    ("text", "cue_end_word", "kind"),
    [
        ("The blast came three days after militiamen fought police in the south.", "militiamen", "ref"),
        ("Her resignation comes a week after rockets hit the base.", "rockets", "ref"),
        ("ويأتي الهجوم بعد يومين من مواجهات قرب البوابة.", "يومين", "ref"),
        ("وجاء ذلك عقب اشتباكات في الحي.", "اشتباكات", "ref"),
        ("Thousands rallied in anger over an air strike in Lebanon.", "an air", "cause"),
        ("تظاهر المئات احتجاجاً على مقتل قيادي بغارة جوية.", "مقتل", "cause"),
        ("خرج الآلاف للتنديد بالقصف على المدينة.", "بالقصف", "cause"),
        ("It was the fourth drone attack on the airport this month, after rockets hit a base.", "rockets", "ref"),
        ("وهذا ثالث هجوم يستهدف المطار خلال الشهر، بعد سقوط قذائف هاون قرب القاعدة.", "قذائف", "ref"),
        ("Two months after gunmen stormed the office, police arrested a suspect.", "gunmen", "ref"),
        ("وبعد أكثر من شهر على اقتحام المبنى، أعلنت الشرطة اعتقال متهم.", "اقتحام", "ref"),
        ("The men confessed to firing rockets at the airport, and police seized a launcher.", "rockets", "cause"),
        ("واعترف المتهمون بتنفيذ هجوم صاروخي على المطار، وضبطت القوات منصة.", "صاروخي", "cause"),
    ],
)
def test_aside_spans_cover_the_earlier_event(text: str, cue_end_word: str, kind: str) -> None:
    references, causes = aside_spans(text, 0, len(text))
    spans = references if kind == "ref" else causes
    at = text.index(cue_end_word)
    assert any(a <= at < b for a, b in spans), (references, causes)


def test_a_phrase_span_ends_at_its_comma() -> None:
    text = "Two months after gunmen stormed the office, police arrested a suspect on Monday."
    references, _ = aside_spans(text, 0, len(text))
    assert all(b <= text.index(",") for _, b in references)
    text = "The men confessed to firing rockets at the airport, and police seized a launcher."
    _, causes = aside_spans(text, 0, len(text))
    assert all(b <= text.index(",") for _, b in causes)


def test_aside_spans_leave_a_plain_sentence_alone() -> None:
    for text in (
        "Protesters came to the square after sunset and stayed.",  # "came to", not "came ... after"
        "تظاهر المئات بعد صلاة الجمعة في ساحة التحرير.",
    ):
        assert aside_spans(text, 0, len(text)) == ([], [])


def _rules(frame: pd.DataFrame) -> str:
    return " ".join(frame[RULES_COLUMN])


def test_en_statement_and_description_fold_into_the_days_protest() -> None:
    text = (
        "Hundreds of graduates protested outside the Ministry of Planning in Baghdad on Monday, demanding jobs. "
        "Later on Monday, the minister said the protesters' demands would be studied. "
        "Journalists on the roof of the Palestine Hotel said the demonstrators were calm."
    )
    got = extract_incidents(text, published="2024-03-05")
    assert list(got["landmark_id"]) == ["ministry_of_planning"]  # not the hotel the journalists watched from
    assert "mention.folded" in _rules(got)


def test_ar_participants_mentioned_make_no_second_row() -> None:
    text = (
        "تظاهر المئات من الخريجين أمام وزارة التخطيط في بغداد أمس الاثنين للمطالبة بفرص عمل. "
        "وقال مصدر إن المتظاهرين لجؤوا إلى جامع الخلاني بعد الظهر. "
        "ووزعت منظمات المياه على المحتجين."
    )
    got = extract_incidents(text, published="2024-03-05")
    assert list(got["landmark_id"]) == ["ministry_of_planning"]  # not the mosque the crowd fled to
    assert "mention.folded" in _rules(got)


def test_a_mention_alone_without_its_own_date_and_place_is_dropped() -> None:
    text = (
        "A rocket fell near the Jumhuriya Bridge in Baghdad on Tuesday, causing no casualties. "
        "The prime minister said the protesters' demands were legitimate."
    )
    got = extract_incidents(text, published="2021-11-10")
    assert list(got["event_type"]) == ["Explosions/Remote violence"]
    assert any(s.startswith("mention.dropped") for s in got.attrs["skipped"])


def test_a_mention_with_its_own_date_and_place_is_kept() -> None:
    got = extract_incidents("The crowd was back in Tahrir Square on Friday.", published="2019-11-02")
    assert len(got) == 1
    assert got.iloc[0]["landmark_id"] == "tahrir_square" and "mention.located" in _rules(got)


def test_two_protests_with_their_own_verbs_at_two_places_stay_two_rows() -> None:
    text = (
        "On Sunday, hundreds of teachers protested in Tahrir Square over unpaid salaries. "
        "On the same day, students rallied outside the Palestine Hotel."
    )
    got = extract_incidents(text, published="2024-01-08")
    assert len(got) == 2
    assert "mention.folded" not in _rules(got)


def test_ar_two_protests_with_their_own_verbs_stay_two_rows() -> None:
    text = (
        "تظاهر العشرات من المعلمين في ساحة التحرير يوم الأحد للمطالبة بصرف رواتبهم. "
        "وفي اليوم ذاته، تجمع طلاب أمام فندق فلسطين."
    )
    got = extract_incidents(text, published="2024-01-08")
    assert len(got) == 2


def test_where_the_crowd_came_from_is_a_place_of_the_same_protest() -> None:
    text = (
        "Security forces fired tear gas on Thursday at demonstrators trying to cross the Jumhuriya Bridge. "
        "The demonstrators had marched from Tahrir Square earlier in the afternoon."
    )
    got = extract_incidents(text, published="2020-05-08")
    assert len(got) == 1
    row = got.iloc[0]
    assert row["landmark_id"] == "bridge_jumhuriya" and row["sub_event_type"] == "Protest with intervention"


def test_en_referential_clash_makes_no_row_but_the_news_does() -> None:
    text = (
        "A drone struck a house in the Green Zone in Baghdad early on Sunday, wounding two guards. "
        "The attack came two days after militia supporters clashed with police near the zone, leaving one dead."
    )
    got = extract_incidents(text, published="2021-11-07")
    assert list(got["sub_event_type"]) == ["Air/drone strike"]
    assert got.iloc[0]["fatalities"] is pd.NA or pd.isna(got.iloc[0]["fatalities"])  # the clash's death is not its
    assert any(s.startswith("background.referential") for s in got.attrs["skipped"])


def test_ar_referential_clash_makes_no_row() -> None:
    text = (
        "سقط صاروخ قرب جسر الجمهورية في بغداد مساء أمس الأحد، من دون إصابات. "
        "ويأتي الهجوم بعد يومين من مواجهات بين القوات الأمنية ومحتجين عند إحدى بوابات المنطقة الخضراء."
    )
    got = extract_incidents(text, published="2021-11-08")
    assert list(got["event_type"]) == ["Explosions/Remote violence"]
    assert got.iloc[0]["event_date"].date() == date(2021, 11, 7)


def test_a_cause_makes_no_row_the_protest_does() -> None:
    text = "Hundreds of people protested in Tahrir Square on Friday in anger over an air strike that killed 20."
    got = extract_incidents(text, published="2024-10-05")
    assert list(got["event_type"]) == ["Protests"]
    assert pd.isna(got.iloc[0]["fatalities"])
    ar = "تظاهر المئات في ساحة التحرير يوم الجمعة احتجاجاً على مقتل عشرين شخصاً بغارة جوية."
    got = extract_incidents(ar, published="2024-10-05")
    assert list(got["event_type"]) == ["Protests"]


def test_a_mention_in_a_sentence_telling_another_event_is_not_kept() -> None:
    text = "A teacher was kidnapped in Baghdad on Monday night shortly after leaving the protest camp in Tahrir Square."
    got = extract_incidents(text, published="2019-12-10")
    assert "Protests" not in set(got["event_type"])
    assert any(s.startswith("mention.dropped") for s in got.attrs["skipped"])


def test_naming_the_crowd_again_does_not_make_an_ongoing_sit_in_new() -> None:
    text = "يواصل آلاف المعتصمين اعتصامهم في ساحة التحرير. وقال ناشطون إن المعتصمين يحتاجون إلى الأدوية والأغطية."
    got = extract_incidents(text, published="2019-11-02")
    assert got.empty
    assert any(s.startswith("background.continuing") for s in got.attrs["skipped"])


def test_a_since_clause_whose_subject_is_the_protests_is_background() -> None:
    text = (
        "Police fired tear gas at protesters on the Sinak Bridge on Friday. "
        "The bridge leads to Khilani Square, where hundreds have camped since the demonstrations resumed."
    )
    got = extract_incidents(text, published="2019-11-02")
    assert list(got["landmark_id"]) == ["bridge_sinak"]


def test_where_a_rocket_did_not_fall_does_not_place_it() -> None:
    ar = (
        "سقط صاروخان مساء أمس الأربعاء داخل المنطقة الخضراء في بغداد. "
        'وقال المصدر إن "الصاروخين سقطا قرب القصر الجمهوري، ولم يسقط أي منهما داخل السفارة الأمريكية". '
        "ودوت صافرات الإنذار في السفارة الأمريكية عقب سقوط الصاروخين."
    )
    got = extract_incidents(ar, published="2020-10-01")
    assert list(got["landmark_id"]) == ["republican_palace"]
    en = (
        "Two rockets landed near the Republican Palace in Baghdad late on Wednesday. "
        "The rockets did not hit the US Embassy compound, a source said."
    )
    got = extract_incidents(en, published="2020-10-01")
    assert list(got["landmark_id"]) == ["republican_palace"]


def test_munitions_counted_out_at_two_places_are_two_events() -> None:
    from geoincidents.extraction.rules.segment import split_distributive

    en = "Two mortar rounds fell in Baghdad early Friday, one near Firdos Square and the other near the Zawraa Park."
    got = extract_incidents(en, published="2021-03-05")
    assert sorted(got["landmark_id"]) == ["firdos_square", "zawra_park"]
    assert "segment.distributive" in _rules(got)
    ar = "سقطت قذيفتا هاون فجر اليوم الجمعة، إحداهما قرب ساحة الفردوس والأخرى قرب متنزه الزوراء."
    got = extract_incidents(ar, published="2021-03-05")
    assert sorted(got["landmark_id"]) == ["firdos_square", "zawra_park"]
    # A clause without explosion words, or one whose pieces do not each name a place, is not cut.
    text = "Protesters gathered near Firdos Square and the other crowd near the park."
    triggers = find_triggers(text)
    assert len(split_distributive(text, (0, len(text)), triggers, [text.index("Firdos")])) == 1


def test_a_second_rocket_elsewhere_is_its_own_event() -> None:
    text = (
        "Air defences intercepted a rocket over the US Embassy in Baghdad early Tuesday, "
        "while a second rocket slammed into a house in Karrada, wounding two people."
    )
    got = extract_incidents(text, published="2026-01-20")
    assert sorted(got["landmark_id"]) == ["karrada", "us_embassy"]


def test_rockets_aimed_intercepted_and_fallen_are_still_one_salvo() -> None:
    text = (
        "Three rockets were fired at the US Embassy in Baghdad on Sunday evening. "
        "The C-RAM system intercepted them and one rocket fell near the Jumhuriya Bridge, causing no casualties."
    )
    got = extract_incidents(text, published="2020-07-06")
    assert len(got) == 1


def test_the_c_ram_firing_is_the_interception_of_the_days_drone_not_a_rocket_attack() -> None:
    text = (
        "A drone armed with explosives fell inside the Republican Palace grounds in Baghdad early Monday. "
        "The C-RAM system at the nearby US Embassy opened fire on the aircraft, officials said."
    )
    got = extract_incidents(text, published="2026-04-13")
    assert list(got["landmark_id"]) == ["republican_palace"]  # not where the defence system stands
    assert list(got["sub_event_type"]) == ["Air/drone strike"]


def test_an_assassination_attempt_by_drone_is_the_drone_strike() -> None:
    ar = (
        "نجا رئيس الوزراء من محاولة اغتيال فجر اليوم الأحد، "
        "بعد استهداف منزل رئيس الوزراء في المنطقة الخضراء بطائرة مسيرة مفخخة."
    )
    got = extract_incidents(ar, published="2021-11-07")
    # one row, the drone strike (the attempt is typed by its weapon, or folded into the strike: merge.fold_attempt)
    assert list(got["sub_event_type"]) == ["Air/drone strike"]
    # A shooting is no explosion: the attempt stays an event of its own.
    en = "Gunmen tried to assassinate a judge in Karrada on Sunday, wounding his driver."
    got = extract_incidents(en, published="2021-11-07")
    assert list(got["event_type"]) == ["Violence against civilians"]


def test_a_call_for_a_protest_makes_no_row() -> None:
    en = "On Friday, the cleric called on his followers to hold a mass prayer in Tahrir Square, followed by a march."
    got = extract_incidents(en, published="2023-10-20")
    assert got.empty
    ar = "ودعا زعيم التيار أنصاره إلى إقامة صلاة جمعة موحدة في ساحة التحرير ظهر اليوم، تليها تظاهرة."
    got = extract_incidents(ar, published="2023-10-20")
    assert got.empty
    # The protest itself, told as done, is a row.
    got = extract_incidents("Thousands protested in Tahrir Square on Friday.", published="2023-10-20")
    assert list(got["event_type"]) == ["Protests"]


def test_a_closure_around_no_event_is_no_row_and_takes_its_headline_along() -> None:
    text = (
        "Bridges closed ahead of Gaza rallies near the Green Zone\n"
        "Baghdad Operations Command closed the Jumhuriya and Sinak bridges on Friday and deployed extra forces "
        "at the entrances of the Green Zone, amid calls for demonstrations.\n"
        "The command said the measures aimed to protect the demonstrators."
    )
    got = extract_incidents(text, published="2023-10-20")
    assert got.empty
    assert any(s.startswith("merge.measure_alone") for s in got.attrs["skipped"])
    # Around an event of the day, the closure folds into it.
    text = (
        "Hundreds of protesters gathered in Tahrir Square on Friday. "
        "Security forces closed the Jumhuriya Bridge on Friday."
    )
    got = extract_incidents(text, published="2023-10-20")
    assert list(got["event_type"]) == ["Protests"] and "merge.fold_closure" in _rules(got)


def test_a_weekday_written_after_today_is_the_reporting_date_too() -> None:
    ar = (
        "أفاد مصدر أمني عراقي، اليوم الثلاثاء، بأن صاروخين سقطا مساء أمس الاثنين قرب جسر الجمهورية في بغداد، "
        "من دون إصابات."
    )
    got = extract_incidents(ar, published="2021-02-23")
    assert [d.date() for d in got["event_date"]] == [date(2021, 2, 22)]
    assert "date.event_not_report" in _rules(got)
    en = "Police said on Tuesday morning that a rocket fell near the Jumhuriya Bridge on Monday night."
    got = extract_incidents(en, published="2021-02-23")
    assert [d.date() for d in got["event_date"]] == [date(2021, 2, 22)]


def test_a_headline_with_a_stop_inside_is_still_one_headline() -> None:
    from geoincidents.extraction.rules.segment import headline_end, split_sentences

    text = (
        "Rockets fall in the Green Zone.. no casualties\n"
        "Three rockets fell inside the Green Zone in Baghdad late on Monday, a source said on Tuesday."
    )
    sentences = split_sentences(text)
    assert len(sentences) == 3 and headline_end(text, sentences) == sentences[1][1]
    got = extract_incidents(text, published="2021-02-23")
    assert [d.date() for d in got["event_date"]] == [date(2021, 2, 22)]  # not the headline's publication date
    # A report that is one paragraph has no headline.
    assert headline_end("A rocket fell. Nobody was hurt.", split_sentences("A rocket fell. Nobody was hurt.")) == -1


def test_clashes_with_no_weapon_beside_the_days_riot_are_that_riot() -> None:
    text = (
        "Clashes broke out at the entrances to the Green Zone in Baghdad on Tuesday between police and "
        "striking teachers, leaving 12 people injured. "
        "At the Planning gate, protesters threw stones at riot police and set fire to a guard booth."
    )
    got = extract_incidents(text, published="2026-08-18")
    assert list(got["sub_event_type"]) == ["Violent demonstration"]
    # one riot holding the clash's count (a clash of police with an unarmed crowd is a riot; merge.fold_clash)
    assert got.iloc[0]["injuries"] == 12
    # Gunfire between an armed group and the army is a battle of its own, beside the protest.
    text = (
        "Hundreds of protesters gathered in Tahrir Square on Tuesday. "
        "On Tuesday, gunmen of an armed faction exchanged fire with the army inside the Green Zone, killing five."
    )
    got = extract_incidents(text, published="2026-08-18")
    assert sorted(got["event_type"]) == ["Battles", "Protests"]


def test_a_pledge_is_no_event_and_a_running_total_named_as_a_noun_is_no_count() -> None:
    text = (
        "Security forces fired tear gas at protesters on the Jumhuriya Bridge on Sunday, wounding four. "
        "The prime minister pledged on Saturday to release detained protesters and to punish those responsible "
        "for the deaths of more than 500 people since the protests began."
    )
    got = extract_incidents(text, published="2020-05-10")
    assert len(got) == 1 and got.iloc[0]["injuries"] == 4 and pd.isna(got.iloc[0]["fatalities"])
    ar = "وتعهد رئيس الوزراء يوم السبت بإطلاق سراح المتظاهرين المعتقلين في ساحة التحرير."
    assert extract_incidents(ar, published="2020-05-10").empty


def test_a_mention_gives_no_place_to_a_protest_told_without_one() -> None:
    text = (
        "Thousands marched in Tahrir Square on Thursday. "
        "The rally passed without violence. "
        "From the roof of the Palestine Hotel, protesters can watch the whole square."
    )
    got = extract_incidents(text, published="2019-11-01")
    assert list(got["landmark_id"]) == ["tahrir_square"]


def test_sit_in_participants_at_the_stormed_building_make_it_the_sit_in() -> None:
    ar = (
        "اقتحم الآلاف من أنصار التيار الصدري، اليوم السبت، مبنى مجلس النواب العراقي في المنطقة الخضراء. "
        'وقال مصدر إن "المعتصمين سيبقون داخل البرلمان حتى تحقيق مطالبهم"، مبيناً أن "الخيم والأغطية وصلت".'
    )
    got = extract_incidents(ar, published="2022-07-30")
    assert list(got["landmark_id"]) == ["sit_in_2022_sadrist_parliament"]
    # Driven back to their tents is not where the clash was.
    ar = (
        "رشق المحتجون القوات الأمنية بالحجارة عند بوابة الجسر المعلق يوم الجمعة، "
        "فيما ردت القوات بالغاز المسيل للدموع قبل أن تتمكن من إبعادهم إلى خيامهم."
    )
    got = extract_incidents(ar, published="2021-11-06")
    assert list(got["landmark_id"]) == ["gate_14_july_bridge"]


@pytest.mark.parametrize(
    "text",
    [
        "خرج آلاف المتظاهرين في ساحة التحرير.",
        "وحاول المحتجون عبور الجسر.",
        "The crowd filled the square.",
        "Demonstrators tried to cross the bridge.",
    ],
)
def test_what_a_crowd_does_is_an_event(text: str) -> None:
    assert not _mention(text)


def test_weapons_in_the_possession_of_those_arrested_are_no_attack() -> None:
    en = (
        "Police arrested two men in Baghdad's Karrada district on Monday. "
        "They were caught in possession of three Katyusha rockets, the interior ministry said."
    )
    got = extract_incidents(en, published="2023-02-14")
    assert list(got["sub_event_type"]) == ["Arrests"]
    ar = (
        "اعتقلت القوات الأمنية متهمين اثنين في منطقة الكرادة ببغداد يوم الاثنين، "
        "وضبطت بحوزتهم منصة إطلاق وأربعة صواريخ."
    )
    got = extract_incidents(ar, published="2023-02-14")
    assert list(got["sub_event_type"]) == ["Arrests"]
    # Rockets found at a launch site, with nobody arrested, are a disrupted attack: a row.
    got = extract_incidents("Police found two rockets ready to fire in Karrada on Monday.", published="2023-02-14")
    assert list(got["sub_event_type"]) == ["Disrupted weapons use"]


def test_the_event_a_state_started_from_is_background() -> None:
    from geoincidents.extraction.rules.background import ongoing_spans

    ar = "ويعتصم أنصار التيار داخل مبنى البرلمان منذ الثلاثين من تموز، بعد اقتحامه مرتين خلال أسبوع."
    assert ongoing_spans(ar, 0, len(ar)) == [(0, len(ar))]
    en = "Protesters have camped on the bridge since October 25, after police killed two men there."
    assert ongoing_spans(en, 0, len(en)) == [(0, len(en))]
    # A new event told after the state, with its own words, keeps its own clause.
    en = "Protesters have camped on the bridge since October 25, and on Friday police fired gas after they marched."
    spans = ongoing_spans(en, 0, len(en))
    assert spans and spans[0][1] < en.index("Friday")
    got = extract_incidents(
        "Students protested outside the Ministry of Planning in Baghdad on Tuesday. " + ar, published="2022-08-23"
    )
    assert list(got["landmark_id"]) == ["ministry_of_planning"]


def test_counts_of_a_sentence_whose_event_words_are_background_belong_to_no_event() -> None:
    ar = (
        "أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين عند جسر الجمهورية يوم الأحد. "
        "ويواصل المتظاهرون احتجاجاتهم منذ الأول من تشرين الأول، وقد أسفرت موجتها الأولى عن سقوط 149 قتيلاً."
    )
    got = extract_incidents(ar, published="2019-10-28")
    assert len(got) == 1 and pd.isna(got.iloc[0]["fatalities"])


def test_force_on_a_crowd_with_no_event_word_is_a_protest_met_with_force() -> None:
    en = "Separately, police fired tear gas on Wednesday to disperse hundreds of men on the Sinak Bridge."
    got = extract_incidents(en, published="2022-09-28")
    assert list(got["sub_event_type"]) == ["Protest with intervention"]
    assert list(got["landmark_id"]) == ["bridge_sinak"] and "trigger.force" in _rules(got)
    ar = "وأطلقت القوات الأمنية الغاز المسيل للدموع لتفريق العشرات عند جسر السنك يوم الأربعاء."
    got = extract_incidents(ar, published="2022-09-28")
    assert list(got["sub_event_type"]) == ["Protest with intervention"]
    # Force denied or threatened is none.
    for text in (
        "The interior ministry denied that police used tear gas on the Sinak Bridge on Wednesday.",
        "ونفت الوزارة استخدام الغاز المسيل للدموع عند جسر السنك يوم الأربعاء.",
    ):
        assert extract_incidents(text, published="2022-09-28").empty


def test_a_clause_with_another_place_is_not_placed_where_its_crowd_came_from() -> None:
    text = "On Wednesday, police fired tear gas at students who tried to cross the Sinak Bridge from Khilani Square."
    got = extract_incidents(text, published="2022-09-28")
    assert list(got["landmark_id"]) == ["bridge_sinak"]


def test_an_anniversary_marks_an_old_event_the_gathering_is_the_row() -> None:
    # The event commemorated makes no row; nor does a drone strike five years old.
    en = (
        "Armed factions warned on Thursday of grave consequences, a day before the fifth anniversary of the drone "
        "strike that killed a general near Baghdad airport."
    )
    assert extract_incidents(en, published="2025-01-02").empty
    ar = "يصادف اليوم الذكرى الخامسة لتفجير ساحة الطيران الذي أودى بحياة 32 شخصاً."
    assert extract_incidents(ar, published="2026-01-21").empty
    # The gathering that marks it, told after the comma, is a row.
    ar = "أحيا المئات، عصر اليوم الجمعة، الذكرى الخامسة لانطلاق الاحتجاجات، بتجمع في ساحة التحرير وسط بغداد."
    got = extract_incidents(ar, published="2024-10-25")
    assert list(got["landmark_id"]) == ["tahrir_square"]
    en = "Hundreds rallied in Tahrir Square on Friday to mark the anniversary of the October protests."
    got = extract_incidents(en, published="2024-10-25")
    assert list(got["landmark_id"]) == ["tahrir_square"]


@pytest.mark.parametrize(
    "text",
    [
        "Organizers expect tens of thousands to march from Tahrir Square toward the Green Zone on Friday.",
        "The group threatened on Sunday to storm the U.S. Embassy in Baghdad.",
        "Students plan to protest outside the Ministry of Planning on Monday.",
        "وهددت الفصائل، اليوم الأحد، باستهداف السفارة الأمريكية في بغداد.",
        "وتعتزم تنسيقيات الاحتجاج تنظيم تظاهرة في ساحة التحرير يوم الجمعة.",
        "ومن المقرر أن يتظاهر الخريجون أمام وزارة التخطيط يوم الاثنين.",
    ],
)
def test_a_threat_or_a_plan_makes_no_row(text: str) -> None:
    assert extract_incidents(text, published="2025-01-05").empty, text


def test_an_intention_ends_where_the_day_s_event_begins() -> None:
    en = (
        "Protesters threatened to storm the Green Zone on Sunday before police fired tear gas at them on the "
        "Jumhuriya Bridge."
    )
    got = extract_incidents(en, published="2025-01-05")
    assert list(got["sub_event_type"]) == ["Protest with intervention"]
    ar = "هدد المحتجون باقتحام المنطقة الخضراء، فأطلقت القوات الأمنية الغاز المسيل للدموع عليهم على جسر الجمهورية أمس."
    got = extract_incidents(ar, published="2025-01-05")
    assert list(got["sub_event_type"]) == ["Protest with intervention"]
