"""Hand-written mini-reports of round 12, family ROWS (how many rows a report's story makes): the cases.

Each case is ``(ident, language, text, rows)``; ``rows`` lists every expected row as
``(event_date, sub_event_type, landmark_id, fatalities, injuries)`` (None: the count is not stated). All are
published on Tuesday 2025-05-20 (Monday 05-19, Sunday 05-18). Expected answers follow eval/README.md
"Annotation rules" (one event per day and place; conventions (a)-(c)) and docs/extraction.md.
"""

from __future__ import annotations

PUBLISHED = "2025-05-20"
TUE = "2025-05-20"
MON = "2025-05-19"
SUN = "2025-05-18"

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
RIOT = "Violent demonstration"
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"
DRONE = "Air/drone strike"
ATTACK = "Attack"
DISRUPTED = "Disrupted weapons use"
GRENADE = "Grenade"
SUICIDE = "Suicide bomb"
ARRESTS = "Arrests"

Row = tuple[str, str, str, int | None, int | None]
Case = tuple[str, str, str, list[Row]]

CASES: list[Case] = [
    # ---- English: one event told twice (headline, lede and body, quote, reference) -> one row
    (
        "en_headline_body",
        "en",
        "Rockets hit near US embassy in Baghdad\n"
        "Two rockets landed near the U.S. Embassy in Baghdad's Green Zone on Monday night, security sources said. "
        "No one was hurt.",
        [(MON, SHELLING, "us_embassy", 0, 0)],
    ),
    (
        "en_earlier_on_day_retold",
        "en",
        "Security forces fired tear gas at hundreds of protesters on the Jumhuriya Bridge on Tuesday. Earlier on "
        "Tuesday, the demonstrators had tried to cross the bridge towards the Green Zone, witnesses said.",
        [(TUE, INTERVENTION, "bridge_jumhuriya", None, None)],
    ),
    (
        "en_witness_quote_retells",
        "en",
        'Gunmen on a motorcycle shot dead a shop owner in Karrada on Monday evening, police said. "They came '
        'from nowhere and fired at him three times," a neighbour told Reuters.',
        [(MON, ATTACK, "karrada", 1, None)],
    ),
    (
        "en_the_attack_which",
        "en",
        "A roadside bomb exploded near Nisour Square on Sunday, wounding three people. The attack, which targeted "
        "a passing police patrol, was not claimed by any group.",
        [(SUN, IED, "nisour_square", None, 3)],
    ),
    (
        "en_protest_third_this_week",
        "en",
        "Hundreds of teachers rallied outside the Ministry of Planning on Tuesday demanding unpaid salaries. The "
        "protest, the third this week, ended peacefully in the afternoon.",
        [(TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "en_statement_quotes_event",
        "en",
        "An explosive-laden drone struck a house in Jadriya early on Monday, injuring two guards. In a statement, "
        'the Joint Operations Command said "a drone targeted a residential building in al-Jadriya" and that an '
        "investigation had been opened.",
        [(MON, DRONE, "jadriya", None, 2)],
    ),
    (
        "en_the_blast_later_paragraph",
        "en",
        "A bomb planted in a parked car exploded near Firdos Square on Sunday evening, killing four people and "
        "wounding 11, medical sources said.\n\n"
        "Residents said the blast shattered windows along the street. The explosion was the deadliest in the "
        "capital this year.",
        [(SUN, IED, "firdos_square", 4, 11)],
    ),
    (
        "en_official_retells_in_quote",
        "en",
        'Two Katyusha rockets slammed into the Green Zone on Monday. "Two rockets fell inside the International '
        'Zone without causing casualties," the security media cell said in a statement.',
        [(MON, SHELLING, "green_zone", 0, 0)],
    ),
    (
        "en_headline_present_body_past",
        "en",
        "Protesters storm Baghdad's Green Zone\n"
        "Hundreds of protesters stormed the Green Zone on Tuesday, tearing down concrete barriers at one of its "
        "entrances.",
        [(TUE, RIOT, "green_zone", None, None)],
    ),
    (
        "en_the_incident_no_one_hurt",
        "en",
        "A hand grenade was thrown at the home of a lawmaker in Mansour on Sunday night, causing material damage. "
        "No one was hurt in the incident, police said.",
        [(SUN, GRENADE, "mansour", 0, 0)],
    ),
    (
        "en_fifth_attack_this_month",
        "en",
        "A rocket landed inside the U.S. Embassy compound on Monday night. It was the fifth attack on the "
        "embassy this month.",
        [(MON, SHELLING, "us_embassy", None, None)],
    ),
    (
        "en_said_first_retold",
        "en",
        "Police said a man was stabbed to death near Tahrir Square on Monday. The victim, a street vendor, was "
        "attacked by two men after an argument, according to the police statement.",
        [(MON, ATTACK, "tahrir_square", 1, None)],
    ),
    (
        "en_passive_then_active_retelling",
        "en",
        "The Jadriya Bridge was hit by a mortar round on Monday afternoon. Militants fired the shell from an "
        "orchard south of the city, a security official said, adding that nobody was hurt.",
        [(MON, SHELLING, "bridge_jadriya", 0, 0)],
    ),
    (
        "en_dek_line_and_body",
        "en",
        "Baghdad: tear gas at Khilani Square\n"
        "Riot police fired tear gas at several hundred demonstrators in Khilani Square on Tuesday evening, "
        "witnesses said. The demonstrators had been gathering in the square since the afternoon.",
        [(TUE, INTERVENTION, "khilani_square", None, None)],
    ),
    # ---- English: one event told over several sentences -> one row
    (
        "en_gather_teargas_toll",
        "en",
        "Demonstrators gathered at Tahrir Square on Monday afternoon. Police fired tear gas and stun grenades to "
        "disperse them. A medical source said 14 protesters were treated for tear gas inhalation.",
        [(MON, INTERVENTION, "tahrir_square", None, 14)],
    ),
    (
        "en_force_then_toll_sentence",
        "en",
        "Security forces opened fire on protesters near the Sinak Bridge on Monday. Two demonstrators were killed "
        "and 20 were wounded, a medical source said.",
        [(MON, EXCESSIVE, "bridge_sinak", 2, 20)],
    ),
    (
        "en_march_ended_at_parliament",
        "en",
        "Supporters of the cleric marched from Tahrir Square across the Jumhuriya Bridge on Tuesday and gathered "
        "outside parliament, where they chanted slogans against corruption.",
        [(TUE, PEACEFUL, "baghdad_convention_center", None, None)],
    ),
    (
        "en_gathered_then_tried_gate",
        "en",
        "Supporters of an armed faction gathered near the suspension bridge gate on Tuesday to denounce the arrest "
        "of their commander. The protesters later pushed towards the gate and security forces fired tear gas to "
        "disperse them.",
        [(TUE, INTERVENTION, "gate_14_july_bridge", None, None)],
    ),
    (
        "en_clash_echo_toll",
        "en",
        "Protesters clashed with security forces on the Ahrar Bridge on Monday night, throwing stones and petrol "
        "bombs. Twenty people were injured in the clashes, a medical source said.",
        [(MON, RIOT, "bridge_ahrar", None, 20)],
    ),
    (
        "en_ministry_crowd_beaten",
        "en",
        "Several hundred graduates gathered outside the Ministry of Planning on Tuesday to demand jobs. When they "
        "tried to force their way into the building, guards fired into the air and beat some of them with batons.",
        [(TUE, INTERVENTION, "ministry_of_planning", None, None)],
    ),
    (
        "en_witness_quote_excessive",
        "en",
        'Police fired live ammunition at protesters in Khilani Square late on Monday, killing one. "They shot at '
        'us as we were sitting in the square," said one protester, who asked not to be named.',
        [(MON, EXCESSIVE, "khilani_square", 1, None)],
    ),
    (
        "en_salvo_one_intercepted_other_fell_same_zone",
        "en",
        "Two rockets were fired at the Green Zone late on Monday. One was shot down and the other fell in an "
        "empty lot inside the zone. No one was hurt.",
        [(MON, SHELLING, "green_zone", 0, 0)],
    ),
    (
        "en_drone_shot_down_retold",
        "en",
        "A drone was shot down near the U.S. Embassy early on Monday, the Iraqi military said. The drone was "
        "heading towards the embassy compound when it was intercepted.",
        [(MON, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "en_suicide_toll_detail",
        "en",
        "A suicide bomber blew himself up at a checkpoint near Firdos Square on Monday, killing five people. "
        "Hospital officials said the dead included two policemen.",
        [(MON, SUICIDE, "firdos_square", 5, None)],
    ),
    (
        "en_siren_then_impact",
        "en",
        "Sirens sounded across the Green Zone shortly before midnight on Monday. Moments later, a rocket crashed "
        "near the Republican Palace, security sources said.",
        [(MON, SHELLING, "republican_palace", None, None)],
    ),
    (
        "en_attack_aftermath_sealed",
        "en",
        "Gunmen opened fire on a liquor store in Karrada on Sunday night, killing the owner. Police later sealed "
        "off the area and launched a search for the attackers.",
        [(SUN, ATTACK, "karrada", 1, None)],
    ),
    (
        "en_storming_then_inside",
        "en",
        "Hundreds of protesters broke into parliament on Tuesday afternoon. Once inside, they waved flags and "
        "sat in the lawmakers' seats, live footage showed.",
        [(TUE, RIOT, "baghdad_convention_center", None, None)],
    ),
    (
        "en_crowd_swelled",
        "en",
        "Thousands of people converged on Tahrir Square on Tuesday. By evening the crowd had swelled and "
        "spilled onto the nearby streets, where protesters chanted against the government.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_ied_two_sentences_car",
        "en",
        "A sticky bomb attached to a government car exploded in Mansour on Monday morning. The driver, an "
        "employee of the oil ministry, was seriously wounded in the explosion.",
        [(MON, IED, "mansour", None, 1)],
    ),
    # ---- English: two real events that must stay two
    (
        "en_two_days_two_places",
        "en",
        "Hundreds of protesters gathered in Khilani Square on Sunday. On Monday, they returned to the Ahrar Bridge "
        "and threw stones at the police, who responded with tear gas.",
        [(SUN, PEACEFUL, "khilani_square", None, None), (MON, RIOT, "bridge_ahrar", None, None)],
    ),
    (
        "en_peaceful_tahrir_clash_bridge",
        "en",
        "Thousands rallied peacefully in Tahrir Square on Tuesday. Later, a group of young men tried to cross the "
        "Jumhuriya Bridge and riot police fired tear gas to push them back.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, INTERVENTION, "bridge_jumhuriya", None, None)],
    ),
    (
        "en_bombing_and_protest_against_it",
        "en",
        "A bomb exploded near a police checkpoint in Mansour on Monday, killing two policemen. On Tuesday, dozens "
        "of residents protested in Firdos Square against the deteriorating security.",
        [(MON, IED, "mansour", 2, None), (TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "en_salvo_two_places_colon",
        "en",
        "Three rockets struck Baghdad on Monday night: one hit the Jadriya Bridge and two landed near al-Zawraa Park.",
        [(MON, SHELLING, "bridge_jadriya", None, None), (MON, SHELLING, "zawra_park", None, None)],
    ),
    (
        "en_interception_embassy_landing_palace",
        "en",
        "Rockets were fired toward the U.S. Embassy on Tuesday evening. The embassy's C-RAM intercepted two of "
        "them. A third landed near the Republican Palace.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "republican_palace", None, None)],
    ),
    (
        "en_crowd_went_to_bridge",
        "en",
        "Protesters gathered in Tahrir Square on Monday. Some of them later headed to the Sinak Bridge, where "
        "police fired tear gas at them.",
        [(MON, PEACEFUL, "tahrir_square", None, None), (MON, INTERVENTION, "bridge_sinak", None, None)],
    ),
    (
        "en_separate_incident_shooting",
        "en",
        "A sticky bomb attached to a car exploded in Mansour on Monday morning, wounding the driver. In a separate "
        "incident, gunmen shot dead a man in Karrada later that day.",
        [(MON, IED, "mansour", None, 1), (MON, ATTACK, "karrada", 1, None)],
    ),
    (
        "en_same_bridge_two_days",
        "en",
        "Protesters blocked the Ahrar Bridge on Monday, and they returned to block it again on Tuesday.",
        [(MON, PEACEFUL, "bridge_ahrar", None, None), (TUE, PEACEFUL, "bridge_ahrar", None, None)],
    ),
    (
        "en_meanwhile_other_place",
        "en",
        "Riot police used water cannon against demonstrators at the Jumhuriya Bridge on Tuesday. Meanwhile, "
        "retired army officers held a peaceful sit-in outside the Ministry of Planning.",
        [(TUE, INTERVENTION, "bridge_jumhuriya", None, None), (TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "en_rocket_morning_protest_afternoon",
        "en",
        "A rocket fell near the Baghdad Tower on Monday morning, causing no casualties. In the afternoon, "
        "hundreds of students marched to Tahrir Square to demand better services.",
        [(MON, SHELLING, "baghdad_tower", 0, 0), (MON, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_yesterday_and_today_rockets",
        "en",
        "A rocket hit near the Monument to the Unknown Soldier on Tuesday. It came a day after two mortar rounds "
        "landed near al-Rasheed Hotel on Monday, wounding a guard.",
        [(TUE, SHELLING, "tomb_unknown_soldier", None, None), (MON, SHELLING, "al_rasheed_hotel", None, 1)],
    ),
    (
        "en_arrest_after_attack",
        "en",
        "A roadside bomb wounded two soldiers near the Jadriya Bridge on Monday. On Tuesday, police arrested "
        "three suspects in Karrada in connection with the attack.",
        [(MON, IED, "bridge_jadriya", None, 2), (TUE, ARRESTS, "karrada", None, None)],
    ),
    # ---- English: background and aftermath that make no row of their own
    (
        "en_condemned_and_funeral",
        "en",
        "A rocket struck a house near the Swords of Qadisiyah on Monday, killing a child. The prime minister "
        "condemned the attack and ordered an investigation. Relatives buried the child on Tuesday.",
        [(MON, SHELLING, "swords_of_qadisiyah", 1, None)],
    ),
    (
        "en_came_a_day_after_reference",
        "en",
        "Hundreds of students protested outside the Ministry of Planning on Tuesday. The protest came a day after "
        "police dispersed a similar rally in Tahrir Square.",
        [(TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "en_last_month_background",
        "en",
        "Two rockets hit the Green Zone on Tuesday. Last month, a similar attack killed a contractor near the embassy.",
        [(TUE, SHELLING, "green_zone", None, None)],
    ),
    (
        "en_reopened_road_only",
        "en",
        "Security forces reopened the Jumhuriya Bridge to traffic on Tuesday morning, a day after protesters "
        "clashed with police there.",
        [],
    ),
    (
        "en_measures_only",
        "en",
        "Authorities closed the Sinak and Ahrar bridges and deployed extra troops around Tahrir Square on Tuesday "
        "ahead of planned demonstrations.",
        [],
    ),
    (
        "en_vote_no_incident",
        "en",
        "The Iraqi parliament on Tuesday voted to approve the new budget after weeks of debate, lawmakers said.",
        [],
    ),
    (
        "en_committee_old_attack",
        "en",
        "Iraq's interior ministry said on Tuesday it had formed a committee to investigate last month's rocket "
        "attack on the Green Zone.",
        [],
    ),
    (
        "en_un_condemns_no_place",
        "en",
        "The United Nations mission on Tuesday condemned the use of force against peaceful protesters in Baghdad "
        "and called for those responsible to be held to account.",
        [],
    ),
    (
        "en_zone_closed_statement",
        "en",
        "The Baghdad Operations Command announced on Monday that the Green Zone would remain closed to the public "
        "until further notice, citing security concerns.",
        [],
    ),
    (
        "en_anniversary_no_event",
        "en",
        "Tuesday marks five years since security forces killed dozens of protesters near the Sinak Bridge, an "
        "event that still shapes the capital's politics.",
        [],
    ),
    (
        "en_rally_then_dispersed_quietly",
        "en",
        "Dozens of contract workers rallied near the Ministry of Planning on Monday. The crowd dispersed quietly "
        "after a ministry official promised to study their demands.",
        [(MON, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "en_cause_clause_no_row",
        "en",
        "Dozens of residents protested in Firdos Square on Tuesday in anger over Sunday's bombing in Karrada.",
        [(TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "en_blame_and_claim",
        "en",
        "A drone attack targeted the Zaqura Palace on Monday night without causing casualties. Officials blamed "
        "Iran-backed militias, which have carried out scores of attacks on the Green Zone.",
        [(MON, DRONE, "zaqura_building", 0, 0)],
    ),
    (
        "en_investigation_opened_after_clash",
        "en",
        "Riot police fired rubber bullets at demonstrators near the Sinak Bridge on Monday, wounding six. The "
        "interior minister said an investigation had been opened into the incident and that officers who "
        "violated orders would be punished.",
        [(MON, INTERVENTION, "bridge_sinak", None, 6)],
    ),
    (
        "en_security_tightened_after",
        "en",
        "A Katyusha rocket landed near the Palestine Hotel on Tuesday. Security was tightened around the hotel "
        "and the nearby Firdos Square after the attack.",
        [(TUE, SHELLING, "palestine_hotel", None, None)],
    ),
    (
        "en_protest_against_attack_at_embassy",
        "en",
        "Supporters of an armed faction protested near the U.S. Embassy on Tuesday against a U.S. strike that "
        "killed one of their commanders in Syria.",
        [(TUE, PEACEFUL, "us_embassy", None, None)],
    ),
    # ---- Arabic: one event told twice -> one row
    (
        "ar_headline_body",
        "ar",
        "سقوط صاروخين قرب السفارة الأمريكية في بغداد\n"
        "سقط صاروخان قرب السفارة الأمريكية في المنطقة الخضراء وسط بغداد مساء أمس الاثنين، بحسب مصدر أمني. ولم يصب "
        "أحد بأذى.",
        [(MON, SHELLING, "us_embassy", 0, 0)],
    ),
    (
        "ar_hatha_alhujum",
        "ar",
        "انفجرت عبوة ناسفة قرب ساحة النسور صباح اليوم الثلاثاء، ما أدى إلى إصابة ثلاثة مدنيين. ولم تتبن أي جهة هذا "
        "الهجوم حتى الآن.",
        [(TUE, IED, "nisour_square", None, 3)],
    ),
    (
        "ar_alhaditha_investigation",
        "ar",
        "أقدم مسلحون مجهولون على اغتيال ناشط مدني في منطقة الكرادة مساء أمس. وفتحت الشرطة تحقيقاً في الحادثة.",
        [(MON, ATTACK, "karrada", 1, None)],
    ),
    (
        "ar_ministry_quote_retells",
        "ar",
        "سقطت قذيفة هاون على منزل في منطقة الجادرية مساء أمس الاثنين، ما أدى إلى مقتل امرأة. وقالت وزارة الداخلية في "
        "بيان إن «قذيفة هاون سقطت على دار سكنية في الجادرية أسفرت عن استشهاد مواطنة».",
        [(MON, SHELLING, "jadriya", 1, None)],
    ),
    (
        "ar_drone_alitida_described",
        "ar",
        "استهدفت طائرة مسيرة مفخخة منزل رئيس الوزراء في المنطقة الخضراء فجر اليوم، من دون أن يصاب أحد بأذى. ووصفت "
        "الحكومة الاعتداء بأنه «محاولة اغتيال فاشلة».",
        [(TUE, DRONE, "pm_residence", 0, 0)],
    ),
    (
        "ar_altafjir_later_paragraph",
        "ar",
        "قتل ثلاثة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة قرب ساحة الفردوس وسط بغداد اليوم الثلاثاء.\n\n"
        "وأوضح المصدر أن التفجير وقع قرب تجمع للعمال، وأن سيارات الإسعاف نقلت الضحايا إلى مستشفى ابن النفيس.",
        [(TUE, IED, "firdos_square", 3, 10)],
    ),
    (
        "ar_third_of_its_kind",
        "ar",
        "سقطت ثلاث قذائف هاون قرب فندق الرشيد داخل المنطقة الخضراء مساء أمس، وهو الهجوم الثالث من نوعه خلال أسبوع.",
        [(MON, SHELLING, "al_rasheed_hotel", None, None)],
    ),
    (
        "ar_cell_announces_then_quotes",
        "ar",
        "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، سقوط صاروخين داخل المنطقة الخضراء. وقالت الخلية في بيان إن "
        "«صاروخين نوع كاتيوشا سقطا في المنطقة الخضراء»، مضيفة أن القوات الأمنية باشرت البحث عن منصة الإطلاق.",
        [(TUE, SHELLING, "green_zone", None, None)],
    ),
    (
        "ar_headline_masdar_body_verb",
        "ar",
        "مقتل متظاهر برصاص قوات الأمن في ساحة الخلاني\n"
        "لقي متظاهر حتفه عندما أطلقت قوات الأمن النار على المحتجين في ساحة الخلاني وسط بغداد مساء الاثنين.",
        [(MON, EXCESSIVE, "khilani_square", 1, None)],
    ),
    (
        "ar_pluperfect_same_day_gathering",
        "ar",
        "فرقت قوات مكافحة الشغب بالقوة متظاهرين قرب بوابة التخطيط مساء الاثنين. وكان المتظاهرون قد تجمعوا عند "
        "البوابة منذ ظهر اليوم نفسه للمطالبة بفرص عمل.",
        [(MON, INTERVENTION, "gate_jumhuriya_bridge_planning", None, None)],
    ),
    (
        "ar_earlier_today_gathered",
        "ar",
        "أطلقت قوات الأمن الرصاص المطاطي على محتجين في ساحة التحرير مساء اليوم. وكان المحتجون قد تجمعوا في الساحة "
        "في وقت سابق من اليوم للمطالبة بإقالة الحكومة.",
        [(TUE, INTERVENTION, "tahrir_square", None, None)],
    ),
    (
        "ar_witness_and_medic_retell",
        "ar",
        "قال شهود عيان إن قوات الأمن أطلقت الرصاص الحي على المتظاهرين عند جسر الأحرار اليوم الثلاثاء، ما أدى إلى مقتل "
        "متظاهر وإصابة سبعة آخرين. وأكد مصدر طبي وصول جثة متظاهر وسبعة جرحى إلى مستشفى الكندي.",
        [(TUE, EXCESSIVE, "bridge_ahrar", 1, 7)],
    ),
    (
        "ar_storming_three_tellings",
        "ar",
        "اقتحم مئات المحتجين مبنى البرلمان ظهر اليوم. وقال شهود إن المتظاهرين دخلوا قاعة المجلس بعد أن أزالوا "
        "الحواجز الخرسانية. وأكد بيان لمجلس النواب أن «المقتحمين عبثوا بمحتويات المبنى».",
        [(TUE, RIOT, "baghdad_convention_center", None, None)],
    ),
    (
        "ar_statement_source_later",
        "ar",
        "أصيب شرطيان بجروح إثر انفجار عبوة لاصقة استهدفت سيارتهما في منطقة المنصور ظهر اليوم. وذكر مصدر في الشرطة أن "
        "العبوة كانت مثبتة أسفل السيارة وانفجرت أثناء مرورها في الشارع.",
        [(TUE, IED, "mansour", None, 2)],
    ),
    # ---- Arabic: one event told over several sentences -> one row
    (
        "ar_gather_teargas_toll",
        "ar",
        "تجمع مئات المتظاهرين في ساحة التحرير ظهر اليوم. وأطلقت القوات الأمنية الغاز المسيل للدموع لتفريقهم، ما أسفر "
        "عن إصابة 15 متظاهراً بحالات اختناق.",
        [(TUE, INTERVENTION, "tahrir_square", None, 15)],
    ),
    (
        "ar_three_sentences_gate",
        "ar",
        "احتشد آلاف المحتجين أمام بوابة الجسر المعلق مساء الاثنين. وحاولت القوات الأمنية تفريقهم باستخدام خراطيم "
        "المياه والقنابل الصوتية. وأفادت مصادر طبية بإصابة 22 محتجاً.",
        [(MON, INTERVENTION, "gate_14_july_bridge", None, 22)],
    ),
    (
        "ar_march_ended_festivities",
        "ar",
        "انطلقت مسيرة حاشدة من ساحة التحرير صباح اليوم، وعبرت جسر الجمهورية لتصل إلى ساحة الاحتفالات الكبرى، حيث "
        "ردد المشاركون هتافات.",
        [(TUE, PEACEFUL, "grand_festivities_square", None, None)],
    ),
    (
        "ar_idam_masdar_shooting",
        "ar",
        "أفاد مصدر أمني بإقدام مسلحين مجهولين على إطلاق النار على صاحب محل في منطقة الكرادة ليلة أمس، ما أدى إلى مقتله "
        "في الحال.",
        [(MON, ATTACK, "karrada", 1, None)],
    ),
    (
        "ar_jarraa_rocket_child",
        "ar",
        "قتل طفل جراء سقوط صاروخ على منزل ذويه في حي الجادرية مساء أمس. وهرعت فرق الدفاع المدني إلى المكان.",
        [(MON, SHELLING, "jadriya", 1, None)],
    ),
    (
        "ar_passive_dual_clashes",
        "ar",
        "أُصيب متظاهران بجروح خلال مواجهات مع قوات الأمن قرب جسر السنك اليوم، رشق خلالها المحتجون القوات بالحجارة.",
        [(TUE, RIOT, "bridge_sinak", None, 2)],
    ),
    (
        "ar_salvo_intercept_debris",
        "ar",
        "اعترضت منظومة الدفاع الجوي التابعة للسفارة الأمريكية صاروخاً فوق المنطقة الخضراء فجر اليوم، وسقطت شظاياه "
        "في أرض خالية.",
        [(TUE, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "ar_sirens_then_interception",
        "ar",
        "دوت صافرات الإنذار في محيط السفارة الأمريكية مساء أمس. وتصدت منظومة سي رام لطائرة مسيرة فوق مبنى السفارة.",
        [(MON, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "ar_cordon_after_rocket",
        "ar",
        "سقط صاروخ كاتيوشا داخل المنطقة الخضراء ليلة الاثنين، فيما فرضت القوات الأمنية طوقاً أمنياً حول المكان.",
        [(MON, SHELLING, "green_zone", None, None)],
    ),
    (
        "ar_nominal_sentence_crowd",
        "ar",
        "المئات من الخريجين يتظاهرون أمام مبنى وزارة التخطيط اليوم للمطالبة بالتعيين. المتظاهرون رفعوا لافتات تطالب "
        "بفرص عمل، وسط انتشار أمني.",
        [(TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "ar_crowd_tried_to_cross_then_force",
        "ar",
        "تظاهر مئات الشبان عند جسر الجمهورية اليوم الثلاثاء. وحين حاولوا عبور الجسر باتجاه المنطقة الخضراء، أطلقت "
        "القوات الأمنية القنابل المسيلة للدموع.",
        [(TUE, INTERVENTION, "bridge_jumhuriya", None, None)],
    ),
    (
        "ar_attack_and_toll_by_health",
        "ar",
        "انفجرت سيارة مفخخة قرب ساحة النسور مساء الأحد. وأعلنت وزارة الصحة أن حصيلة الانفجار بلغت خمسة قتلى و18 جريحاً.",
        [(SUN, IED, "nisour_square", 5, 18)],
    ),
    # ---- Arabic: two real events that must stay two
    (
        "ar_peaceful_tahrir_riot_sinak",
        "ar",
        "نظم آلاف المتظاهرين تظاهرة سلمية في ساحة التحرير اليوم الثلاثاء. وفي الأثناء، رشق شبان القوات الأمنية "
        "بالحجارة على جسر السنك.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, RIOT, "bridge_sinak", None, None)],
    ),
    (
        "ar_bombing_and_protest_against",
        "ar",
        "انفجرت سيارة مفخخة في سوق بمنطقة الكرادة مساء الأحد، ما أسفر عن مقتل خمسة أشخاص. وتظاهر العشرات من أهالي "
        "المنطقة اليوم الثلاثاء أمام مبنى وزارة التخطيط احتجاجاً على التفجير.",
        [(SUN, IED, "karrada", 5, None), (TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "ar_intercept_embassy_landing_hotel",
        "ar",
        "أطلقت ثلاثة صواريخ باتجاه السفارة الأمريكية فجر اليوم، تصدت منظومة سي رام لاثنين منها في الجو، فيما سقط "
        "الثالث قرب فندق الرشيد.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "al_rasheed_hotel", None, None)],
    ),
    (
        "ar_two_days_two_places",
        "ar",
        "تظاهر المئات أمام مبنى البرلمان يوم الأحد، ثم عادوا يوم الاثنين للتظاهر في ساحة التحرير.",
        [(SUN, PEACEFUL, "baghdad_convention_center", None, None), (MON, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "ar_baynama_two_places",
        "ar",
        "أطلقت القوات الأمنية الغاز المسيل للدموع على محتجين عند جسر الجمهورية، بينما اعتصم آخرون بشكل سلمي في "
        "ساحة الخلاني، اليوم الثلاثاء.",
        [(TUE, INTERVENTION, "bridge_jumhuriya", None, None), (TUE, PEACEFUL, "khilani_square", None, None)],
    ),
    (
        "ar_two_rockets_two_places_wa_akhar",
        "ar",
        "سقط صاروخ في ساحة الاحتفالات الكبرى، وآخر قرب نصب الجندي المجهول، ليلة أمس.",
        [(MON, SHELLING, "grand_festivities_square", None, None), (MON, SHELLING, "tomb_unknown_soldier", None, None)],
    ),
    (
        "ar_separate_incident",
        "ar",
        "أصيب مدنيان بانفجار عبوة ناسفة في منطقة المنصور صباح اليوم. وفي حادث منفصل، اغتال مسلحون مجهولون موظفاً "
        "حكومياً في منطقة الكرادة مساء اليوم نفسه.",
        [(TUE, IED, "mansour", None, 2), (TUE, ATTACK, "karrada", 1, None)],
    ),
    (
        "ar_crowd_part_went_to_bridge",
        "ar",
        "تجمع المحتجون في ساحة التحرير اليوم. وتوجهت مجموعة منهم إلى جسر السنك، حيث أطلقت القوات الأمنية الغاز "
        "المسيل للدموع لمنعهم من العبور.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, INTERVENTION, "bridge_sinak", None, None)],
    ),
    (
        "ar_ghadat_time_reference",
        "ar",
        "تظاهر العشرات اليوم قرب ساحة الفردوس، غداة سقوط صاروخ على منزل في منطقة الكرادة أدى إلى إصابة طفلين.",
        [(TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "ar_arrest_in_connection",
        "ar",
        "فجّر انتحاري نفسه عند نقطة تفتيش قرب ساحة النسور يوم الأحد، ما أسفر عن مقتل أربعة أشخاص. واعتقلت القوات "
        "الأمنية اليوم الثلاثاء ثلاثة مشتبه بهم في منطقة المنصور على صلة بالتفجير.",
        [(SUN, SUICIDE, "nisour_square", 4, None), (TUE, ARRESTS, "mansour", None, None)],
    ),
    # ---- Arabic: background and aftermath that make no row of their own
    (
        "ar_condemnation_only",
        "ar",
        "أدانت وزارة الخارجية بشدة الاعتداء الذي استهدف السفارة الأمريكية، مؤكدة أن الحكومة ستلاحق الجناة.",
        [],
    ),
    (
        "ar_closure_announced",
        "ar",
        "أعلنت قيادة عمليات بغداد اليوم غلق جسري الجمهورية والسنك أمام حركة السير تحسباً لتظاهرات مرتقبة.",
        [],
    ),
    (
        "ar_bridge_reopened",
        "ar",
        "أعادت السلطات اليوم الثلاثاء فتح جسر الجمهورية أمام حركة المرور بعد إغلاقه ليومين بسبب التظاهرات.",
        [],
    ),
    (
        "ar_parliament_session",
        "ar",
        "عقد مجلس النواب جلسته الاعتيادية اليوم برئاسة رئيس المجلس، وصوت على عدد من القوانين.",
        [],
    ),
    (
        "ar_committee_old_attack",
        "ar",
        "أعلنت وزارة الداخلية تشكيل لجنة تحقيقية للوقوف على ملابسات الهجوم الصاروخي الذي استهدف المنطقة الخضراء الشهر "
        "الماضي.",
        [],
    ),
    (
        "ar_curfew_lifted",
        "ar",
        "أعلنت السلطات رفع حظر التجوال في بغداد صباح اليوم، بعد يومين من الاحتجاجات.",
        [],
    ),
    (
        "ar_cause_ala_khalfiya",
        "ar",
        "تظاهر العشرات قرب ساحة الفردوس اليوم الثلاثاء على خلفية اغتيال ناشط في المنطقة.",
        [(TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "ar_protest_denouncing_attack_relative",
        "ar",
        "تظاهر المئات أمام مبنى مجلس القضاء الأعلى اليوم تنديداً بالهجوم الصاروخي الذي استهدف المنطقة الخضراء.",
        [(TUE, PEACEFUL, "supreme_judicial_council", None, None)],
    ),
    (
        "ar_funeral_condemnations",
        "ar",
        "اغتال مسلحون مجهولون ناشطاً بارزاً قرب ساحة التحرير مساء الأحد. وشيّع المئات جثمانه اليوم الثلاثاء وسط "
        "إدانات واسعة من منظمات حقوق الإنسان.",
        [(SUN, ATTACK, "tahrir_square", 1, None)],
    ),
    (
        "ar_security_plan_statement",
        "ar",
        "قال المتحدث باسم قيادة العمليات المشتركة اليوم إن القوات الأمنية نشرت تعزيزات إضافية في محيط المنطقة الخضراء "
        "لتأمين البعثات الدبلوماسية.",
        [],
    ),
    (
        "ar_anniversary_recalled",
        "ar",
        "يستذكر العراقيون اليوم ذكرى مقتل عشرات المتظاهرين على جسر السنك قبل خمس سنوات.",
        [],
    ),
    (
        "ar_search_after_rocket",
        "ar",
        "سقط صاروخ قرب متنزه الزوراء مساء أمس دون أن يسفر عن إصابات. وباشرت القوات الأمنية عمليات تفتيش واسعة في "
        "المناطق المحيطة بحثاً عن مطلقي الصاروخ.",
        [(MON, SHELLING, "zawra_park", None, 0)],
    ),
    (
        "ar_statement_only_calls_calm",
        "ar",
        "دعا رئيس الوزراء المتظاهرين إلى الالتزام بالسلمية وعدم الاعتداء على القوات الأمنية أو الممتلكات العامة.",
        [],
    ),
]

# ---- second batch: more ways of telling one event twice or in parts, and of telling two
CASES += [
    (
        "en_headline_interception_blast_heard",
        "en",
        "C-RAM downs drone over US embassy in Baghdad\n"
        "The U.S. Embassy's air defence system shot down a drone over the compound early on Tuesday, two security "
        "officials said. A loud explosion was heard across the Green Zone.",
        [(TUE, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "en_night_attack_retold_with_toll",
        "en",
        "Two rockets hit the Green Zone late on Monday, security officials said on Tuesday. Monday night's attack "
        "caused no casualties, the officials said, but damaged a parked car.",
        [(MON, SHELLING, "green_zone", 0, 0)],
    ),
    (
        "en_organiser_quote_in_square",
        "en",
        'Hundreds of supporters of the cleric rallied in Tahrir Square on Tuesday. "We came here to say no to '
        'corruption," said Ali Hussein, one of the organisers, as the crowd chanted around him.',
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_sit_in_announced_same_place",
        "en",
        "Hundreds of lecturers gathered outside the Ministry of Planning on Tuesday and later announced an open "
        "sit-in at the site until their demands are met.",
        [(TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "en_salvo_intercepted_and_fell_same_compound",
        "en",
        "Three rockets were fired at the U.S. Embassy on Monday night. The embassy's C-RAM system intercepted two "
        "of them, and the third fell inside the compound without causing casualties.",
        [(MON, SHELLING, "us_embassy", 0, 0)],
    ),
    (
        "en_hospital_toll_other_place",
        "en",
        "Security forces fired live rounds at protesters at the Sinak Bridge on Tuesday. At al-Kindi hospital, "
        "doctors said three protesters had died of gunshot wounds.",
        [(TUE, EXCESSIVE, "bridge_sinak", 3, None)],
    ),
    (
        "en_said_on_tuesday_had_fallen",
        "en",
        "The security media cell said on Tuesday that a rocket had fallen near the Jadriya Bridge on Monday night. "
        "Residents said they heard a loud blast around 11 p.m.",
        [(MON, SHELLING, "bridge_jadriya", None, None)],
    ),
    (
        "en_timeline_one_event",
        "en",
        "Baghdad, May 20:\n"
        "- 10:00: Hundreds of protesters gather in Tahrir Square.\n"
        "- 13:30: Police fire tear gas at protesters in Tahrir Square.\n"
        "- 16:00: The crowd disperses.",
        [(TUE, INTERVENTION, "tahrir_square", None, None)],
    ),
    (
        "en_two_groups_same_square_same_day",
        "en",
        "Teachers protested in Tahrir Square on Tuesday morning. In the afternoon, unemployed graduates also "
        "rallied in the square.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_the_demonstration_which_drew",
        "en",
        "The demonstration, which drew several thousand people to Firdos Square on Tuesday, was organised by "
        "the Sadrist movement and passed without incident.",
        [(TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "en_headline_toll_body",
        "en",
        "Two killed as rockets hit Baghdad's Karrada\n"
        "Two rockets slammed into residential buildings in Karrada on Monday evening, killing two civilians, "
        "police said.",
        [(MON, SHELLING, "karrada", 2, None)],
    ),
    (
        "en_ministry_district_retelling",
        "en",
        "A roadside bomb went off near Nisour Square on Monday, wounding two people. The interior ministry said "
        "an explosive device had detonated in the Mansour area, causing minor injuries.",
        [(MON, IED, "nisour_square", None, 2)],
    ),
    (
        "en_retaliation_cause_only",
        "en",
        "Rockets struck near the U.S. Embassy on Tuesday, hours after a U.S. drone strike killed a militia "
        "commander in western Iraq.",
        [(TUE, SHELLING, "us_embassy", None, None)],
    ),
    (
        "en_then_marched_force_other_place",
        "en",
        "Students gathered at Tahrir Square on Tuesday morning, then marched towards the Green Zone. Security "
        "forces stopped them at the Jumhuriya Bridge with water cannon.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, INTERVENTION, "bridge_jumhuriya", None, None)],
    ),
    (
        "en_same_day_morning_evening_same_place",
        "en",
        "A rocket fell near the Republican Palace on Tuesday morning. Another rocket struck near the palace in "
        "the evening, police said.",
        [(TUE, SHELLING, "republican_palace", None, None)],
    ),
    (
        "ar_asfara_alhujum_toll",
        "ar",
        "سقط صاروخان في المنطقة الخضراء مساء الاثنين. وأسفر الهجوم عن إصابة اثنين من عناصر الحماية.",
        [(MON, SHELLING, "green_zone", None, 2)],
    ),
    (
        "ar_fi_tafasil_alhadith",
        "ar",
        "اغتيل ضابط في الشرطة بإطلاق نار قرب ساحة الخلاني ظهر اليوم. وفي تفاصيل الحادث، قال مصدر إن مسلحين يستقلون "
        "دراجة نارية أطلقوا النار على الضابط أثناء خروجه من منزله ولاذوا بالفرار.",
        [(TUE, ATTACK, "khilani_square", 1, None)],
    ),
    (
        "ar_headline_itirad_body",
        "ar",
        "اعتراض طائرة مسيرة قرب السفارة الأمريكية\n"
        "أعلنت مصادر أمنية أن منظومة الدفاع الجوي أسقطت طائرة مسيرة قرب السفارة الأمريكية فجر اليوم.",
        [(TUE, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "ar_aaqaba_thalika_measures",
        "ar",
        "انفجرت عبوة ناسفة قرب جسر الجادرية صباح اليوم، وأعقب ذلك انتشار أمني كثيف وقطع للطرق المؤدية إلى الجسر.",
        [(TUE, IED, "bridge_jadriya", None, None)],
    ),
    (
        "ar_fima_two_places_peaceful_and_force",
        "ar",
        "تظاهر المئات في ساحة التحرير سلمياً، فيما فرقت القوات الأمنية بالغاز المسيل للدموع محتجين حاولوا قطع جسر "
        "الأحرار، اليوم الثلاثاء.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, INTERVENTION, "bridge_ahrar", None, None)],
    ),
    (
        "ar_third_time_this_week",
        "ar",
        "تظاهر المتقاعدون أمام مبنى وزارة التخطيط اليوم للمرة الثالثة خلال أسبوع، مطالبين بصرف مستحقاتهم.",
        [(TUE, PEACEFUL, "ministry_of_planning", None, None)],
    ),
    (
        "ar_time_reference_storming",
        "ar",
        "بعد يومين من اقتحام المحتجين لمبنى البرلمان، شهدت ساحة التحرير اليوم تظاهرة حاشدة.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "ar_rocket_then_residents_gather_same_place",
        "ar",
        "سقط صاروخ قرب ساحة الفردوس صباح اليوم، وتجمع العشرات من السكان في الساحة بعد ساعات منددين بالهجوم.",
        [(TUE, SHELLING, "firdos_square", None, None), (TUE, PEACEFUL, "firdos_square", None, None)],
    ),
    (
        "ar_aimed_then_intercepted_in_air",
        "ar",
        "أطلق صاروخان باتجاه المنطقة الخضراء ليلة أمس. وتمكنت منظومة سي رام من اعتراضهما في الجو قبل وصولهما إلى "
        "هدفهما.",
        [(MON, DISRUPTED, "green_zone", None, None)],
    ),
    (
        "ar_spokesman_quote_after_gathering",
        "ar",
        "تجمع المحتجون عند بوابة التخطيط صباح اليوم. وقال المتحدث باسم المتظاهرين إن «قوات الشغب هاجمتنا بالهراوات "
        "أمام البوابة».",
        [(TUE, INTERVENTION, "gate_jumhuriya_bridge_planning", None, None)],
    ),
    (
        "ar_toll_rose_hospital",
        "ar",
        "قتل متظاهران برصاص قوات الأمن قرب جسر السنك مساء الاثنين. وقالت مصادر طبية في مستشفى الجملة العصبية إن "
        "المصابين نقلوا إليها تباعاً.",
        [(MON, EXCESSIVE, "bridge_sinak", 2, None)],
    ),
    (
        "ar_nominal_masdar_headline_and_body_two_verbs",
        "ar",
        "تفريق تظاهرة بالقوة قرب ساحة الخلاني\n"
        "فرقت القوات الأمنية، مساء أمس، تظاهرة لخريجين قرب ساحة الخلاني باستخدام الهراوات، بعد أن حاول المتظاهرون "
        "قطع الطريق.",
        [(MON, INTERVENTION, "khilani_square", None, None)],
    ),
    (
        "ar_intercepted_over_embassy_and_landed_district",
        "ar",
        "تصدت منظومة الدفاع الجوي لصاروخين فوق مبنى السفارة الأمريكية فجر اليوم. وسقط صاروخ ثالث على منزل في حي "
        "المنصور دون إصابات.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "mansour", None, 0)],
    ),
]

# ---- third batch: other ways of saying what the round's fixes read (and what they must leave alone)
CASES += [
    (
        "en_yesterday_and_returned_today",
        "en",
        "Hundreds rallied in Tahrir Square yesterday and returned today to protest at the Ahrar Bridge.",
        [(MON, PEACEFUL, "tahrir_square", None, None), (TUE, PEACEFUL, "bridge_ahrar", None, None)],
    ),
    (
        "en_and_then_again_next_day",
        "en",
        "Protesters rallied at the Ahrar Bridge on Monday and then rallied there again on Tuesday.",
        [(MON, PEACEFUL, "bridge_ahrar", None, None), (TUE, PEACEFUL, "bridge_ahrar", None, None)],
    ),
    (
        "ar_ams_wa_adu_alyawm",
        "ar",
        "تظاهر العشرات قرب جسر الأحرار أمس، وعادوا اليوم للتظاهر في ساحة التحرير.",
        [(MON, PEACEFUL, "bridge_ahrar", None, None), (TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_statement_next_day_no_new_row",
        "en",
        "A rocket hit the Green Zone on Monday, and the ministry said on Tuesday that no one was hurt.",
        [(MON, SHELLING, "green_zone", 0, 0)],
    ),
    (
        "ar_statement_next_day_no_new_row",
        "ar",
        "سقط صاروخ قرب السفارة الأمريكية يوم الأحد، وأعلنت خلية الإعلام الأمني اليوم الثلاثاء فتح تحقيق.",
        [(SUN, SHELLING, "us_embassy", None, None)],
    ),
    (
        "en_reopened_because_of_protests",
        "en",
        "Security forces reopened the Sinak Bridge on Tuesday after it had been closed for two days because of the "
        "protests.",
        [],
    ),
    (
        "en_closed_due_to_protests_in_square",
        "en",
        "The Jumhuriya Bridge was closed on Tuesday due to protests in Tahrir Square.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_two_of_them_were_intercepted",
        "en",
        "Rockets were fired toward the U.S. Embassy on Tuesday evening. Two of them were intercepted by the C-RAM. A "
        "third landed near the Republican Palace.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "republican_palace", None, None)],
    ),
    (
        "en_two_were_intercepted_the_third_landed",
        "en",
        "Three rockets were fired toward the U.S. Embassy on Tuesday. Two were intercepted by the embassy's C-RAM. "
        "The third landed near the Republican Palace.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "republican_palace", None, None)],
    ),
    (
        "ar_itaradat_ithnayn_minha_fima_saqata",
        "ar",
        "أطلقت ثلاثة صواريخ باتجاه السفارة الأمريكية فجر اليوم، واعترضت منظومة سي رام اثنين منها، فيما سقط الثالث قرب "
        "فندق الرشيد.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "al_rasheed_hotel", None, None)],
    ),
    (
        "ar_itaradat_two_sentences_wa_saqata",
        "ar",
        "أطلقت ثلاثة صواريخ باتجاه السفارة الأمريكية فجر اليوم. واعترضت منظومة سي رام اثنين منها، وسقط الثالث قرب فندق "
        "الرشيد.",
        [(TUE, DISRUPTED, "us_embassy", None, None), (TUE, SHELLING, "al_rasheed_hotel", None, None)],
    ),
    (
        "ar_committee_adjective_relative",
        "ar",
        "شكلت الوزارة لجنة للتحقيق في الهجوم الصاروخي الذي استهدف المنطقة الخضراء الشهر الماضي.",
        [],
    ),
    (
        "ar_arrest_lil_ishtibah",
        "ar",
        "اعتقلت الشرطة اليوم الثلاثاء خمسة أشخاص في منطقة الكرادة للاشتباه بتورطهم في التفجير.",
        [(TUE, ARRESTS, "karrada", None, None)],
    ),
    (
        "en_while_others_rallied_peacefully",
        "en",
        "Riot police fired tear gas at protesters on the Sinak Bridge on Tuesday, while others rallied peacefully in "
        "Tahrir Square.",
        [(TUE, INTERVENTION, "bridge_sinak", None, None), (TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_whereas_water_cannon_elsewhere",
        "en",
        "Thousands demonstrated peacefully in Tahrir Square on Tuesday, whereas security forces used water cannon "
        "against a smaller crowd at the Jumhuriya Bridge.",
        [(TUE, PEACEFUL, "tahrir_square", None, None), (TUE, INTERVENTION, "bridge_jumhuriya", None, None)],
    ),
    (
        "ar_fima_force_on_same_crowd",
        "ar",
        "تجمع المحتجون في ساحة التحرير اليوم، فيما أطلقت القوات الأمنية الغاز المسيل للدموع لتفريقهم.",
        [(TUE, INTERVENTION, "tahrir_square", None, None)],
    ),
    (
        "ar_aqdama_ala_itlaq_alnar",
        "ar",
        "أقدم مسلحون مجهولون على إطلاق النار على صاحب محل في منطقة الكرادة ليلة أمس، ما أدى إلى مقتله.",
        [(MON, ATTACK, "karrada", 1, None)],
    ),
]
CASES += [
    (
        "en_bridge_closed_to_keep_protesters_out",
        "en",
        "Thousands of graduates rallied in Tahrir Square on Tuesday. Security forces closed the Jumhuriya Bridge with "
        "concrete blocks to prevent the protesters from crossing.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "ar_bridge_closed_limana_almutazahirin",
        "ar",
        "تظاهر الآلاف من الخريجين في ساحة التحرير اليوم الثلاثاء. وأغلقت القوات الأمنية جسر الجمهورية بالكتل "
        "الكونكريتية لمنع المتظاهرين من العبور.",
        [(TUE, INTERVENTION, "tahrir_square", None, None)],
    ),
    (
        "en_running_total_in_weeks_of_protests",
        "en",
        "Police shot dead a protester near the Sinak Bridge on Monday. More than 100 people have been killed in "
        "weeks of protests in Baghdad.",
        [(MON, EXCESSIVE, "bridge_sinak", 1, None)],
    ),
    (
        "ar_running_total_mundhu_asabi",
        "ar",
        "قتل متظاهر برصاص قوات الأمن مساء الاثنين قرب جسر السنك. وتشهد بغداد منذ أسابيع احتجاجات متواصلة قتل فيها أكثر "
        "من مئة شخص.",
        [(MON, EXCESSIVE, "bridge_sinak", 1, None)],
    ),
]
CASES += [
    (
        "en_reopened_since_sundays_protests",
        "en",
        "Iraqi police on Tuesday reopened roads leading to Tahrir Square, which had been closed since Sunday's "
        "protests.",
        [],
    ),
    (
        "en_first_time_since_sundays_clashes",
        "en",
        "Protesters returned to Tahrir Square on Tuesday for the first time since Sunday's deadly clashes.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "ar_asfara_alinfijar_toll_sentence",
        "ar",
        "انفجرت عبوة ناسفة في سوق شعبي بمنطقة الكرادة مساء أمس. وأسفر الانفجار عن مقتل شخصين وإصابة خمسة آخرين، بحسب "
        "مصدر في الشرطة.",
        [(MON, IED, "karrada", 2, 5)],
    ),
    (
        "ar_second_protest_since_results",
        "ar",
        "تظاهر المئات أمام بوابة التخطيط اليوم الثلاثاء للمطالبة بإعادة فرز الأصوات. وهذه هي التظاهرة الثانية أمام "
        "البوابة منذ إعلان النتائج.",
        [(TUE, PEACEFUL, "gate_jumhuriya_bridge_planning", None, None)],
    ),
    (
        "en_statement_any_attack_no_row",
        "en",
        "The ministry of interior said in a statement on Tuesday that security forces would respond firmly to any "
        "attack on diplomatic missions in Baghdad.",
        [],
    ),
]
CASES += [
    (
        "ar_fi_mithl_hatha_alyawm_2019",
        "ar",
        "تجمع المئات في ساحة التحرير اليوم لإحياء ذكرى الاحتجاجات. وفي مثل هذا اليوم من عام 2019، قتل عشرات المتظاهرين "
        "قرب جسر السنك.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
    (
        "en_on_this_day_in_2019",
        "en",
        "Hundreds gathered in Tahrir Square on Tuesday to mark the anniversary. On this day in 2019, security forces "
        "killed dozens of protesters near the Sinak Bridge.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
]
CASES += [
    (
        "en_inside_zone_while_others_fell_in_district",
        "en",
        "Four rockets landed inside the Green Zone on Tuesday, while others fell on houses in al-Mansour district.",
        [(TUE, SHELLING, "green_zone", None, None), (TUE, SHELLING, "mansour", None, None)],
    ),
    (
        "ar_inside_zone_fima_ukhra_in_district",
        "ar",
        "سقطت أربعة صواريخ داخل المنطقة الخضراء مساء أمس، فيما سقطت صواريخ أخرى على منازل في حي المنصور.",
        [(MON, SHELLING, "green_zone", None, None), (MON, SHELLING, "mansour", None, None)],
    ),
    (
        "en_source_asked_not_to_be_named",
        "en",
        "A security source who asked not to be named said the embassy's C-RAM intercepted two rockets over the U.S. "
        "embassy compound on Tuesday.",
        [(TUE, DISRUPTED, "us_embassy", None, None)],
    ),
    (
        "en_intercepted_and_none_hit",
        "en",
        "The U.S. embassy's C-RAM intercepted two rockets over the compound on Tuesday, and none of the rockets hit "
        "the embassy itself.",
        [(TUE, DISRUPTED, "us_embassy", None, None)],
    ),
]
CASES += [
    (
        "en_likelihood_of_demonstrations",
        "en",
        "None of these statements changes the threat picture on its own, but they raise the likelihood of "
        "demonstrations near the International Zone.",
        [],
    ),
    (
        "en_would_return_and_stage_sit_in",
        "en",
        "Hundreds rallied in Tahrir Square on Tuesday, and organisers said they would return and stage a sit-in.",
        [(TUE, PEACEFUL, "tahrir_square", None, None)],
    ),
]
