"""Reports that tell no incident in Baghdad make no row: a threat with the attacks the group is blamed for, attacks in
Erbil and Anbar, a court verdict, security measures ahead of protests called for ("وكان المنظمون قد دعوا إلى التظاهر
يوم الاثنين"), a denied rumour, protests in Basra, an anniversary, a meeting. Blame for attacks ("has been blamed for
dozens of rocket attacks", "بالوقوف وراء عشرات الهجمات") and the plural past "دعوا" (they called for) made rows before.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents

REPORTS: list[tuple[str, str]] = [
    (
        "en",
        (
            "BAGHDAD (Reuters) - Kataib Hezbollah on Sunday threatened to target U.S. forces if they did not "
            'leave Iraq by the end of the year. "Our patience has limits," a spokesman said in a statement. '
            "The group has been blamed for dozens of rocket attacks on the U.S. Embassy in Baghdad's Green "
            "Zone."
        ),
    ),
    (
        "en",
        (
            "ERBIL (Kurdistan24) - Two drones targeted a base hosting U.S. troops at Erbil airport on "
            "Sunday, causing no casualties, the Kurdistan Region's counter-terrorism service said. A day "
            "earlier, a rocket struck near Ain al-Asad air base in Anbar province."
        ),
    ),
    (
        "en",
        (
            "Iraqi security forces tightened measures around the Green Zone on Sunday ahead of planned "
            "protests by supporters of the Coordination Framework, closing the Jumhuriya and Sinak bridges. "
            "Organisers had called for a demonstration on Monday near the suspension bridge."
        ),
    ),
    (
        "en",
        (
            "The Interior Ministry on Sunday denied reports that protesters had stormed a government "
            'building in Baghdad, saying a video circulating online dated back to 2019. "The situation is '
            'calm," a spokesman said.'
        ),
    ),
    (
        "en",
        (
            "In Basra, hundreds of protesters rallied outside the provincial government building on Sunday, "
            "demanding jobs and electricity. Police fired tear gas to disperse them, wounding three. Similar "
            "protests were held in Nasiriyah."
        ),
    ),
    (
        "en",
        (
            "Thursday marks three years since supporters of the Popular Mobilisation Forces stormed the "
            "outer wall of the U.S. Embassy in Baghdad. The siege ended after two days when the militias "
            "withdrew."
        ),
    ),
    (
        "en",
        (
            "The United Nations envoy to Iraq met political leaders in the Green Zone on Sunday and urged "
            "them to resolve the crisis through dialogue. Parliament is due to convene next week to elect a "
            "president."
        ),
    ),
    (
        "ar",
        (
            "بغداد - السومرية نيوز: هددت كتائب حزب الله، اليوم الأحد، باستهداف القوات الأمريكية إذا لم تنسحب "
            'من العراق. وقال المتحدث باسمها في بيان إن "صبر المقاومة له حدود". وتتهم واشنطن الكتائب بالوقوف '
            "وراء عشرات الهجمات الصاروخية على السفارة الأمريكية في المنطقة الخضراء."
        ),
    ),
    (
        "ar",
        (
            "أربيل - أعلن جهاز مكافحة الإرهاب في إقليم كردستان، اليوم الأحد، أن طائرتين مسيرتين استهدفتا "
            "قاعدة تضم قوات أمريكية في مطار أربيل دون وقوع إصابات. وكان صاروخ قد سقط أمس قرب قاعدة عين الأسد "
            "في الأنبار."
        ),
    ),
    (
        "ar",
        (
            "أصدرت محكمة جنايات الرصافة، اليوم الأحد، حكماً بالإعدام بحق مدان بقتل متظاهرين في ساحة التحرير "
            "عام 2019، بحسب مجلس القضاء الأعلى. وكان المدان قد اعتقل العام الماضي."
        ),
    ),
    (
        "ar",
        (
            "شددت القوات الأمنية، اليوم الأحد، إجراءاتها حول المنطقة الخضراء تحسباً لتظاهرات دعا إليها أنصار "
            "الإطار التنسيقي، وأغلقت جسري الجمهورية والسنك. وكان المنظمون قد دعوا إلى التظاهر يوم الاثنين "
            "قرب الجسر المعلق."
        ),
    ),
    (
        "ar",
        (
            "نفت وزارة الداخلية، اليوم الأحد، أنباء عن اقتحام متظاهرين مبنى حكومياً في بغداد، مؤكدة أن "
            'المقطع المتداول يعود إلى عام 2019. وقال المتحدث باسم الوزارة إن "الأوضاع هادئة".'
        ),
    ),
    (
        "ar",
        (
            "البصرة - تظاهر المئات، اليوم الأحد، أمام مبنى الحكومة المحلية في البصرة للمطالبة بفرص العمل "
            "والكهرباء، وأطلقت الشرطة الغاز المسيل للدموع لتفريقهم ما أدى إلى إصابة ثلاثة. وشهدت الناصرية "
            "تظاهرات مماثلة."
        ),
    ),
    (
        "ar",
        (
            "يصادف يوم الخميس الذكرى الثالثة لاقتحام أنصار الحشد الشعبي السور الخارجي للسفارة الأمريكية في "
            "بغداد. وانتهى الحصار بعد يومين بانسحاب الفصائل."
        ),
    ),
    (
        "ar",
        (
            "التقت ممثلة الأمم المتحدة في العراق، اليوم الأحد، قادة القوى السياسية في المنطقة الخضراء، "
            "وحثتهم على حل الأزمة بالحوار. ومن المقرر أن يعقد البرلمان جلسة الأسبوع المقبل لانتخاب رئيس "
            "الجمهورية."
        ),
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTS, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(REPORTS)])
def test_no_incident_no_row(language: str, text: str) -> None:
    frame = extract_incidents(text, published=date(2023, 1, 15), source="test")
    assert frame.empty, list(zip(frame["event_type"], frame["landmark_id"], strict=True))


def test_a_told_attack_the_group_is_blamed_for_stays() -> None:
    text = (
        "BAGHDAD (AP) - Three rockets struck near the U.S. Embassy in Baghdad's Green Zone on Sunday, wounding a "
        "guard. Washington blamed Kataib Hezbollah for the attack."
    )
    frame = extract_incidents(text, published=date(2023, 1, 15), source="test")
    assert list(frame["landmark_id"]) == ["us_embassy"]
