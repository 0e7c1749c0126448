"""Event triggers, ACLED types and casualty counts."""

from __future__ import annotations

import pytest

from geoincidents.extraction.events import classify, find_casualties, find_triggers, parse_count
from geoincidents.schema import EVENT_TYPES


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        (
            "Three Katyusha rockets hit the Green Zone",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("an explosive-laden drone struck the residence", "Explosions/Remote violence", "Air/drone strike"),
        ("a roadside bomb exploded near a convoy", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("protesters marched peacefully to Tahrir Square", "Protests", "Peaceful protest"),
        ("police fired tear gas to disperse protesters", "Protests", "Protest with intervention"),
        (
            "security forces used live ammunition against demonstrators",
            "Protests",
            "Excessive force against protesters",
        ),
        ("supporters stormed the parliament building", "Protests", "Peaceful protest"),
        ("protesters clashed with riot police", "Riots", "Violent demonstration"),
        ("clashes erupted between Saraya al-Salam and the PMF", "Battles", "Armed clash"),
        ("security forces arrested four suspects", "Strategic developments", "Arrests"),
        ("the embassy is preparing for any emergency", "Strategic developments", "Other"),
        ("gunmen assassinated an activist", "Violence against civilians", "Attack"),
        ("سقطت ثلاثة صواريخ كاتيوشا", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("استهدفت طائرة مسيرة مفخخة منزل رئيس الوزراء", "Explosions/Remote violence", "Air/drone strike"),
        ("خرجت مسيرة حاشدة نحو ساحة التحرير", "Protests", "Peaceful protest"),
        ("اقتحم المتظاهرون مبنى البرلمان", "Protests", "Peaceful protest"),
        ("فرقت القوات الأمنية المتظاهرين بالغاز المسيل للدموع", "Protests", "Protest with intervention"),
    ],
)
def test_classify_from_the_sentence_words(text: str, event_type: str, sub_event_type: str) -> None:
    triggers = find_triggers(text)
    assert triggers, text
    got = classify(triggers, text, protesters_named="protesters" in text or "متظاهر" in text)
    assert got == (event_type, sub_event_type)
    assert sub_event_type in EVENT_TYPES[event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah called for their supporters to oppose the results",
        "Khazali warned that any attempt to storm state institutions would be met with force",
        "The Framework called on its supporters to hold a mass protest on Friday",
        "the Sadrist movement came out ahead with 73 of the parliament's 329 seats",
        "There is no attack with the demonstrators",
        "the 2019 protest movement",
        "ودعا الإطار التنسيقي أنصاره إلى التظاهر",
        "وقال مصدر في الصدر",  # "صد" inside a word is no trigger
    ],
)
def test_statements_threats_and_negations_are_no_events(text: str) -> None:
    assert find_triggers(text) == []


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("killing two demonstrators and wounding at least 30", 2, 30),
        ("there are no injuries on both sides", None, 0),
        ("No casualties were reported.", 0, 0),
        ("Two protesters killed as forces fire on crowds", 2, None),
        ("a protester was killed", 1, None),
        ("dozens of people were wounded", None, 12),
        ("leaving 3 dead and 20 wounded", 3, 20),
        ("أسفر الهجوم عن مقتل ثلاثة أشخاص وإصابة خمسة", 3, 5),
        ("دون أن يسفر ذلك عن إصابات", None, 0),
        ("إن 125 شخصاً أصيبوا بينهم 100 مدني", None, 125),
        ("hundreds of supporters set up tents; 73 of the 329 seats", None, None),
    ],
)
def test_casualties(text: str, fatalities: int | None, injuries: int | None) -> None:
    found = find_casualties(text)
    got_f = max((c.fatalities for c in found if c.fatalities is not None), default=None)
    got_i = max((c.injuries for c in found if c.injuries is not None), default=None)
    assert (got_f, got_i) == (fatalities, injuries)


def test_vague_counts_follow_acled() -> None:
    assert (parse_count("several"), parse_count("dozens of"), parse_count("hundreds"), parse_count("عشرات")) == (
        10,
        12,
        100,
        12,
    )
    assert parse_count("fabricated") is None


def test_classify_needs_a_trigger() -> None:
    with pytest.raises(ValueError):
        classify([], "nothing")


@pytest.mark.parametrize(
    "text",
    [
        "protesters threw petrol bombs at the police",
        "youths hurled fire bombs at the riot police",
        "protesters set fire to tyres and threw molotov cocktails",
    ],
)
def test_thrown_petrol_bombs_are_a_riot_not_an_ied(text: str) -> None:
    assert classify(find_triggers(text), text) == ("Riots", "Violent demonstration")


def test_gas_and_sound_bombs_are_intervention_not_explosions() -> None:
    text = "police fired tear gas and sound bombs to disperse the protesters"
    assert classify(find_triggers(text), text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        "12 protesters were arrested on charges of vandalism",
        "police detained five men accused of storming the building",
        "اعتقال ثلاثة متظاهرين بتهمة اقتحام المبنى",
    ],
)
def test_a_charge_is_not_the_event(text: str) -> None:
    families = {t.family for t in find_triggers(text)}
    assert "riot" not in families and "arrest" in families


@pytest.mark.parametrize(
    "text",
    [
        "concrete blast walls were placed at the entrance of the bridge",
        "troops were deployed a day before rallies called by the Sadrist movement",
        "authorities closed the bridges ahead of protests",
    ],
)
def test_blast_walls_and_events_ahead_are_not_triggers(text: str) -> None:
    assert not {t.family for t in find_triggers(text)} & {"explosion", "protest"}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("استهداف السفارة الأمريكية بطائرة مسيرة", "Air/drone strike"),  # clitic + folded hamza stem
        ("سقوط قذائف هاون قرب المنطقة الخضراء", "Shelling/artillery/missile attack"),
        ("استشهد متظاهر في ساحة التحرير", "Peaceful protest"),  # "استشهد" is no future "ستشهد"
        ("تظاهر المئات مثلا في ساحة التحرير", "Peaceful protest"),  # "مثلا" holds no negation "لا"
        ("أصيب عدد من المتظاهرين بحالات اختناق", "Protest with intervention"),
        ("اعتدت القوات الأمنية بالضرب على المتظاهرين", "Protest with intervention"),
        ("أطلقت القوات الأمنية قنابل مسيلة للدموع على المتظاهرين", "Protest with intervention"),
        ("تظاهر المئات ثم تفرقوا بهدوء", "Peaceful protest"),
    ],
)
def test_arabic_triggers_and_intervention(text: str, sub_event_type: str) -> None:
    assert classify(find_triggers(text), text)[1] == sub_event_type


def test_arabic_negation_still_applies_as_a_word() -> None:
    assert find_triggers("لم يتظاهر أحد") == []


def test_arabic_no_injuries_with_the_subject_between() -> None:
    assert [(c.fatalities, c.injuries) for c in find_casualties("ولم يسفر الهجوم عن وقوع إصابات.")] == [(None, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces arrested a cell responsible for firing Katyusha rockets at the Green Zone",
        "Police arrested three men involved in the rocket attacks on the US embassy",
        "اعتقلت القوات الأمنية خلية مسؤولة عن إطلاق صواريخ الكاتيوشا على المنطقة الخضراء",
        "ألقت القوات الأمنية القبض على متهمين بإطلاق الصواريخ",
    ],
)
def test_arrest_for_an_attack_is_an_arrest(text: str) -> None:
    assert classify(find_triggers(text), text) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "a launch pad and two rockets ready for firing were found",
        "police seized two rockets",
        "ضبط صاروخين معدين للإطلاق",
        "عثرت القوات الأمنية على منصة إطلاق صواريخ",
        "troops found a rocket launcher in a field",
    ],
)
def test_seized_weapons_are_no_attack(text: str) -> None:
    # ACLED: weapons found or seized before use are a disrupted weapons use, not an attack.
    assert classify(find_triggers(text), text) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Hundreds protested in Tahrir Square and the crowd dispersed in the afternoon", "Peaceful protest"),
        ("Police dispersed the protesters with water cannon", "Protest with intervention"),
        ("The demonstrators were dispersed by riot police", "Protest with intervention"),
    ],
)
def test_a_crowd_that_disperses_of_itself_met_no_force(text: str, sub_event_type: str) -> None:
    assert classify(find_triggers(text), text)[1] == sub_event_type


def test_an_official_is_not_the_one_responsible() -> None:
    text = "قال مسؤول أمني إن ثلاثة صواريخ سقطت قرب السفارة"
    assert classify(find_triggers(text), text)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("تعرضت المنطقة الخضراء لقصف بثلاث قذائف", "Explosions/Remote violence"),
        ("أضرم المتظاهرون النار في الإطارات قرب جسر السنك", "Riots"),
        ("أضرم المتظاهرون النار في مقر الحزب", "Riots"),
        ("اندلعت صدامات بين المتظاهرين والقوات الأمنية", "Riots"),
        ("قام المحتجون بتحطيم الحواجز الكونكريتية", "Riots"),
    ],
)
def test_more_arabic_event_words(text: str, event_type: str) -> None:
    assert classify(find_triggers(text), text)[0] == event_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Protesters pelted security forces with stones", ("Riots", "Violent demonstration")),
        ("supporters broke through the barricades", ("Riots", "Violent demonstration")),
        ("they set fire to a police vehicle", ("Riots", "Violent demonstration")),
        # Blocking a road with burning tyres is a violent demonstration in ACLED's coding; entering a
        # building without violence of the crowd is a protest (docs/extraction.md).
        ("Protesters blocked the bridge with burning tyres", ("Riots", "Violent demonstration")),
        ("قطع المتظاهرون الطريق بالإطارات المحترقة", ("Riots", "Violent demonstration")),
        ("Protesters stormed the parliament building", ("Protests", "Peaceful protest")),
        ("Protesters stormed the parliament as police fired tear gas", ("Protests", "Protest with intervention")),
    ],
)
def test_violence_and_burning_tyres_make_a_riot_storming_does_not(text: str, kind: tuple[str, str]) -> None:
    assert classify(find_triggers(text), text) == kind


# --- counts: words, sums, asides, zeros (issue 12, pattern 6) -------------------------------------------------


def _counts(text: str) -> tuple[int | None, int | None]:
    found = find_casualties(text)
    got_f = [c.fatalities for c in found if c.fatalities is not None]
    got_i = [c.injuries for c in found if c.injuries is not None]
    return (max(got_f) if got_f else None, max(got_i) if got_i else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside between the count and its verb.
        ("At least 40 people - among them three medics - were hurt near the square", (None, 40)),
        ("Nine demonstrators (two of them women) were wounded by rubber bullets", (None, 9)),
        ("Six guards, including an officer, were injured when the shell hit", (None, 6)),
        ("أصيب 14 شخصاً - بينهم طفلان - بجروح", (None, 14)),
        # People joined by "and" add up; one person named in the singular is one.
        ("a boy and an old man were killed by the blast", (2, None)),
        ("Three soldiers and a civilian were wounded", (None, 4)),
        ("the shell killed a driver and two of his passengers", (3, None)),
        ("wounding the guard and a passer-by", (None, 2)),
        ("A shopkeeper, who was opening his store, was lightly wounded.", (None, 1)),
        ("Her husband was killed in the attack.", (1, None)),
        ("Four workers were injured and a fifth was hurt by flying glass", (None, 5)),
        ("twenty-three people were killed", (23, None)),
        # Arabic number words, compounds, duals and singular nouns.
        ("أسفر الانفجار عن مقتل ستة عشر شخصاً", (16, None)),
        ("وأصيب ثلاثة وأربعون متظاهراً بحالات اختناق", (None, 43)),
        ("ما أدى إلى مقتل جنديين", (2, None)),
        ("أسفر عن إصابة امرأتين", (None, 2)),
        ("ما أسفر عن استشهاد شرطي وإصابة أربعة آخرين", (1, 4)),
        ("أدى إلى إصابة سائق سيارة الأجرة وأحد الباعة", (None, 2)),
        ("نقل جريحان إلى المستشفى", (None, 2)),
        ("مقتل مواطن واحد", (1, None)),
        ("سقوط قتيلين وعشرات الجرحى", (2, 12)),
        # Explicit zeros.
        ("No one was killed in the attack.", (0, None)),
        ("ولم تسجل أي حالة وفاة", (0, None)),
        ("من دون وقوع وفيات", (0, None)),
    ],
)
def test_counts_in_words_sums_asides_and_zeros(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in anger over a deadly blast at a hospital",  # "deadly" is no count of the dead
        "a security source said the convoy was not hurt",
        "the man who was arrested had killed no one",
        "The rockets caused damage; the embassy spokesman said he was confident.",
        "قال مصدر أمني إن صاروخين سقطا قرب الجسر",  # two rockets, no victims
        "بعد ساعتين من سقوط الصاروخ",
        "وصل وفد من الحكومة",
    ],
)
def test_words_that_count_no_victims(text: str) -> None:
    assert _counts(text) == (None, None)


def test_no_one_is_not_one() -> None:
    assert [(c.fatalities, c.injuries) for c in find_casualties("No one was killed.")] == [(0, None)]


def test_every_vague_count_follows_the_one_convention() -> None:
    # English and Arabic, before and after the verb, with or without "of" and a leading "و".
    assert _counts("dozens were wounded") == (None, 12)
    assert _counts("wounding dozens of protesters") == (None, 12)
    assert _counts("وإصابة العشرات منهم") == (None, 12)
    assert _counts("قتيل وعشرات الجرحى") == (1, 12)
    assert _counts("hundreds were injured") == (None, 100)
    assert _counts("a few protesters were hurt") == (None, 3)
    assert _counts("several people were killed") == (10, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relatives said three were killed, but police confirmed only two deaths.", (2, None)),
        ("وقال ذوو الضحايا إن أربعة قتلوا، إلا أن الشرطة لم تؤكد سوى حالة وفاة واحدة", (1, None)),
        # No confirmation: the larger stated toll stands (nothing is dropped).
        ("Relatives said three were killed; police said two people were killed.", (3, None)),
    ],
)
def test_a_confirmed_toll_outranks_a_claimed_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


# --- interception: a disrupted attack (issue 12, pattern 12) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The embassy's air defences intercepted two rockets over the compound",
        "A drone was shot down as it approached the airport",
        "Three drones were downed before reaching the base",
        "The drone fell inside the palace grounds without exploding after it was shot down",
        "اعترضت منظومة الدفاع الجوي صاروخ كاتيوشا قرب السفارة",
        "واعترضت الدفاعات الجوية ثلاث طائرات مسيرة",
        "ونجحت المنظومة في إسقاط الصاروخ فوق المنطقة الخضراء",
        # "تصدت ل" with a munition met in the air (a time between commas, other verb forms)
        "تصدت منظومة الدفاع الجوي لصاروخين على الأقل فوق مجمع السفارة",
        'تصدت منظومة الدفاع الجوي "سي رام"، فجر اليوم الاثنين، لصاروخ كاتيوشا فوق السفارة',
        "وشوهدت المنظومة تتصدى لصاروخ فوق المنطقة الخضراء",
        "ونجحت الدفاعات في التصدي لطائرة مسيرة مفخخة في الجو قرب المطار",
        "أطلقت صواريخ على المنطقة الخضراء وتصدت منظومة سي رام لعدد منها في الجو",
    ],
)
def test_an_attack_brought_down_is_disrupted_weapons_use(text: str) -> None:
    subs = {t.sub_event_type for t in find_triggers(text) if t.event_type == "Strategic developments"}
    assert subs == {"Disrupted weapons use"}
    assert classify(find_triggers(text), text) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were shot down and a third hit the residence",  # one struck: an attack
        "One rocket was intercepted but another landed near the bridge",
        "أسقطت الدفاعات طائرتين مسيرتين وسقطت الثالثة على المنزل",
        "سقط صاروخ كاتيوشا قرب السفارة",
        "تصدت منظومة الدفاع الجوي لصاروخين فوق المنطقة وسقط ثالث قرب السفارة",  # met in the air, but one landed
        "تصدت منظومة الدفاع الجوي لصاروخ كاتيوشا قرب السفارة",  # engaged, not said where it was met: may have missed
        "The embassy's C-RAM engaged the rockets as they slammed into the zone",  # English "engaged": not enough
        "The C-RAM was heard as rockets slammed into the zone",
    ],
)
def test_an_attack_that_struck_is_no_interception(text: str) -> None:
    event_type, _ = classify(find_triggers(text), text)
    assert event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "تصدت القوات الأمنية للمحتجين الذين حاولوا اقتحام المنطقة الخضراء",  # people, no munition
        "تصدر المحكمة الاتحادية قرارها بشأن الطعون",  # issues, another verb
        "تصدت الحكومة لمحاولات التشكيك في نتائج الانتخابات",  # confronted attempts: no munition
    ],
)
def test_confronting_people_or_claims_is_no_interception(text: str) -> None:
    from geoincidents.extraction.events import brought_down_only

    assert not brought_down_only(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven demonstrators were treated for tear gas inhalation at a field clinic", (None, 11)),
        ("At least 30 people, most of them protesters, were hospitalised for suffocation", (None, 30)),
        ("وقال مسعف إن عشرين متظاهراً نقلوا إلى المستشفى بحالات اختناق", (None, 20)),
        ("Twelve marchers were injured, in addition to four policemen who were hurt by stones", (None, 16)),
        ("أصيب سبعة محتجين بحالات اختناق، إضافة إلى اثنين من عناصر الأمن أصيبوا بكدمات", (None, 9)),
        # Not injuries: heat, and people taken to hospital for nothing said to hurt them.
        ("Forty pilgrims were treated for heat exhaustion", (None, None)),
        ("وقال المصدر إن عشرة أشخاص نقلوا إلى المستشفى لإجراء فحوصات روتينية.", (None, None)),
    ],
)
def test_treated_for_what_hurt_them_and_counts_added_up(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt, a spokesman said.", (0, 0)),
        ("Nobody was harmed in the attack.", (0, 0)),
        ("ولم يصب أحد بأذى", (0, 0)),
        ("No one was injured.", (None, 0)),  # says nothing of deaths
        ("لم يصب الصاروخ المبنى", (None, None)),  # the rocket missed the building: no count
    ],
)
def test_no_one_hurt_is_no_deaths_and_no_injuries(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds rallied in Tahrir Square to demand accountability for the assassination of activists",
        "Students protested against the bombing of a school in the south",
        "The government condemned the rocket attack on the airport",
        "خرج المئات احتجاجاً على مقتل ناشطين اثنين بهجوم مسلح في البصرة",
        "تظاهر العشرات تنديداً بالقصف الذي استهدف المدينة",
    ],
)
def test_what_a_protest_is_against_is_no_event_of_its_own(text: str) -> None:
    assert {t.family for t in find_triggers(text)} <= {"protest"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rallied against corruption; later a rocket hit the embassy",  # the rocket is news
        "وتظاهر المحتجون ضد الفساد، فيما سقط صاروخ قرب السفارة",
        "Security forces clashed with gunmen near the bridge",
    ],
)
def test_a_violent_event_beside_a_protest_is_still_one(text: str) -> None:
    assert {t.family for t in find_triggers(text)} & {"explosion", "battle", "civilians"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second group joined by "و" adds up; a group "among them" does not.
        ("أسفرت المواجهات عن إصابة أربعة متظاهرين وجريحين من الشرطة", (None, 6)),
        ("إصابة 40 شخصاً، بينهم 30 متظاهراً و10 من عناصر الأمن", (None, 40)),
        # Two kinds joined by "و" stay apart.
        ("قتل ثلاثة وأصيب خمسة", (3, 5)),
        ("أسفر عن مقتل ستة وإصابة عشرين", (6, 20)),
        # One person, named with the article or a possessive; one who died of the wounds.
        ("فيما أصيب شقيقه بجروح", (None, 1)),
        ("وقال المصدر إن المصاب فارق الحياة في المستشفى", (1, None)),
        ("The driver died on the way to hospital.", (1, None)),
        # Not a death: "the meeting died down" has no person.
        ("The argument died down after an hour.", (None, None)),
    ],
)
def test_arabic_groups_joined_and_one_person_named(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Masked men on motorcycles opened fire on demonstrators near the square",
        "Unidentified assailants attacked the sit-in with knives",
        "هاجمت مجموعة مسلحة مجهولة خيام المعتصمين قرب الساحة",
        "هاجم مسلحون مجهولون المتظاهرين في ساحة الخلاني",
    ],
)
def test_gunmen_attacking_a_crowd_are_violence_against_civilians(text: str) -> None:
    assert classify(find_triggers(text), text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police checkpoint",  # no crowd of civilians: not this rule
        "Protesters gathered as gunmen watched from rooftops",
        "هاجم المتظاهرون مقر الحزب",  # the crowd attacked: a riot or a protest, not gunmen
    ],
)
def test_gunmen_words_without_an_attack_on_civilians_are_not_one(text: str) -> None:
    assert "civilians" not in {t.family for t in find_triggers(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes erupted between riot police and striking teachers outside the ministry", "Riots"),
        ("اندلعت اشتباكات بين القوات الأمنية وخريجين عاطلين عن العمل", "Riots"),
        # An armed party, or no party named, stays a battle; "supporters" are no sign either way.
        ("Security forces clashed with gunmen near the bridge", "Battles"),
        ("اشتباكات بين القوات الأمنية ومسلحين مجهولين قرب الجسر", "Battles"),
        ("Sadr supporters and security forces clash in the Green Zone", "Battles"),
    ],
)
def test_a_clash_with_an_unarmed_crowd_is_a_riot(text: str, expected: str) -> None:
    assert classify(find_triggers(text), text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "تليها تظاهرة للتنديد بالقصف الإسرائيلي على غزة",
        "Thousands marched in solidarity with Gaza after the bombing of a hospital there",
        "خرج الآلاف نصرة لغزة بعد قصف مستشفى",
    ],
)
def test_a_march_in_solidarity_names_no_bombing_here(text: str) -> None:
    assert {t.family for t in find_triggers(text)} <= {"protest"}


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("The minister survived an assassination attempt when a bomb exploded under his car", {"explosion"}),
        ("نجا القاضي من محاولة اغتيال بعبوة ناسفة استهدفت موكبه", {"explosion"}),
        # No weapon of an explosion named: the assassination is the attack.
        ("Gunmen assassinated a lawyer outside his office", {"civilians"}),
        ("اغتال مسلحون ناشطاً في الكرادة", {"civilians"}),
        ("The judge survived an assassination attempt when gunmen shot at his car", {"civilians"}),
    ],
)
def test_an_assassination_attempt_by_a_bomb_or_drone_is_typed_by_the_weapon(text: str, families: set[str]) -> None:
    assert {t.family for t in find_triggers(text)} == families


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر عن إصابة ثمانية مدنيين وأربعة عشر عنصراً من الشرطة", (None, 22)),
        ("أصيب 12 متظاهراً و3 من عناصر الأمن", (None, 15)),
        ("إصابة 125 شخصاً، بينهم 100 متظاهر و25 من عناصر الأمن", (None, 125)),  # among them: no sum
        ("مقتل أربعة أشخاص وإصابة سبعة", (4, 7)),  # two kinds
    ],
)
def test_arabic_counted_groups_joined_by_wa_add_up(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out at the gate, leaving 17 people injured, including nine policemen", (None, 17)),
        ("The blast left four people wounded", (None, 4)),
        ("leaving one protester dead and about 125 people injured", (1, 125)),
        ("The attack left a crater in the road", (None, None)),
    ],
)
def test_left_wounded_is_injuries_left_dead_is_deaths(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _counts(text) == expected
