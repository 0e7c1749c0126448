"""Round 12 probes of casualty counts: hand-written mini-reports, each a different way a journalist states deaths and
injuries, or none, and which event a toll belongs to (eval/README.md "Annotation rules": null vs 0, vague counts,
shared and cumulative tolls, the conservative confirmed toll; docs/extraction.md, Casualties).

Every case gives all the rows the report must make, ``(date, sub_event_type, landmark_id, fatalities, injuries)``,
and no other. Published on Wednesday 2023-05-10: "Tuesday", "yesterday", "أمس" are 2023-05-09.
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.gazetteer.load import load_gazetteer

PUB = "2023-05-10"
TUE = "2023-05-09"
WED = "2023-05-10"
MON = "2023-05-08"

PP = "Peaceful protest"
PWI = "Protest with intervention"
EXF = "Excessive force against protesters"
VD = "Violent demonstration"
SH = "Shelling/artillery/missile attack"
DR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
CL = "Armed clash"
GR = "Grenade"
SB = "Suicide bomb"

Row = tuple[str, str, str, int | None, int | None]

_GAZ = load_gazetteer()


def _rows(text: str) -> list[Row]:
    frame = extract_incidents(text, published=PUB, gazetteer=_GAZ)
    return sorted(
        (
            f"{r.event_date:%Y-%m-%d}",
            str(r.sub_event_type),
            str(r.landmark_id),
            None if pd.isna(r.fatalities) else int(r.fatalities),
            None if pd.isna(r.injuries) else int(r.injuries),
        )
        for r in frame.itertuples()
    )


def _xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


EN: list[tuple[str, str, list[Row]]] = [
    (
        "e01_killing_wounding",
        "A roadside bomb exploded near Firdos Square on Tuesday, killing two people and wounding five, police said.",
        [(TUE, IED, "firdos_square", 2, 5)],
    ),
    (
        "e02_passive_when",
        "Two people were killed and five others wounded when a bomb went off in Karrada on Tuesday, police said.",
        [(TUE, IED, "karrada", 2, 5)],
    ),
    (
        "e03_a_woman_and_her_child",
        "A rocket slammed into a house in al-Jadriya late Tuesday, killing a woman and her child.",
        [(TUE, SH, "jadriya", 2, None)],
    ),
    (
        "e04_at_least_and_dozens_next_sentence",
        "Security forces opened fire on protesters on the Sinak Bridge on Tuesday. At least four demonstrators were "
        "killed and dozens were wounded, medics said.",
        [(TUE, EXF, "bridge_sinak", 4, 12)],
    ),
    (
        "e05_scores_treated_for_inhalation",
        "Riot police fired tear gas at protesters in Tahrir Square on Tuesday. Scores of people were treated for tear "
        "gas inhalation, a medical source said.",
        [(TUE, PWI, "tahrir_square", None, 20)],
    ),
    (
        "e06_a_dozen_of_them",
        "Police fired tear gas to disperse graduates at the Jumhuriya Bridge on Tuesday, and a dozen of them were "
        "hurt.",
        [(TUE, PWI, "bridge_jumhuriya", None, 12)],
    ),
    (
        "e07_no_casualties_were_reported",
        "Three Katyusha rockets landed in the Green Zone on Tuesday night. No casualties were reported.",
        [(TUE, SH, "green_zone", 0, 0)],
    ),
    (
        "e08_without_causing_casualties",
        "A mortar round fell near the Republican Palace on Tuesday without causing casualties.",
        [(TUE, SH, "republican_palace", 0, 0)],
    ),
    (
        "e09_left_dead_and_wounded",
        "A car bomb in al-Mansour on Tuesday left three people dead and 11 wounded.",
        [(TUE, IED, "mansour", 3, 11)],
    ),
    (
        "e10_toll_rose_to",
        "A bomb exploded at a market in Karrada on Tuesday, killing four people. Later in the day, the death toll rose "
        "to seven, a health official said.",
        [(TUE, IED, "karrada", 7, None)],
    ),
    (
        "e11_three_of_them_seriously",
        "Eight protesters were wounded, three of them seriously, when police fired rubber bullets near the Ministry of "
        "Planning gate on Tuesday.",
        [(TUE, PWI, "gate_jumhuriya_bridge_planning", None, 8)],
    ),
    (
        "e12_the_dead_included",
        "Gunmen opened fire on a cafe near Nisour Square on Tuesday evening, killing three people. The dead included "
        "two students, police said.",
        [(TUE, ATT, "nisour_square", 3, None)],
    ),
    (
        "e13_among_the_wounded_were",
        "Twelve people were wounded when a rocket hit a residential building in Karradat Mariam on Tuesday. Among the "
        "wounded were three children.",
        [(TUE, SH, "karradat_mariam", None, 12)],
    ),
    (
        "e14_casualties_two_of_whom_died",
        "A sticky bomb attached to a car exploded in al-Karkh on Tuesday, causing six casualties, two of whom died.",
        [(TUE, IED, "karkh", 2, 4)],
    ),
    (
        "e15_bare_casualties",
        "A rocket struck near the Palestine Hotel on Tuesday, leaving several casualties.",
        [(TUE, SH, "palestine_hotel", None, None)],
    ),
    (
        "e16_one_another_next_sentence",
        "Two rockets hit the Green Zone on Tuesday. One person was killed and another was wounded, security sources "
        "said.",
        [(TUE, SH, "green_zone", 1, 1)],
    ),
    (
        "e17_range_lower_bound",
        "Between five and seven protesters were injured when riot police charged a sit-in near the Ahrar Bridge on "
        "Tuesday with batons.",
        [(TUE, PWI, "bridge_ahrar", None, 5)],
    ),
    (
        "e18_up_to_as_subject",
        "Up to 20 people were hurt as police dispersed protesters with water cannon at Tahrir Square on Tuesday.",
        [(TUE, PWI, "tahrir_square", None, 20)],
    ),
    (
        "e19_more_than_breathing_difficulties",
        "More than 100 people suffered breathing difficulties after security forces fired tear gas at protesters on "
        "the Jumhuriya Bridge on Tuesday.",
        [(TUE, PWI, "bridge_jumhuriya", None, 100)],
    ),
    (
        "e20_heat_exhaustion_no_casualty",
        "Hundreds of Sadrist supporters rallied in Tahrir Square on Tuesday. Medics treated 15 people for heat "
        "exhaustion.",
        [(TUE, PP, "tahrir_square", None, None)],
    ),
    (
        "e21_police_and_protesters_add",
        "Protesters threw stones and petrol bombs at riot police in al-Khilani Square on Tuesday. Seven policemen were "
        "injured, and 12 protesters were wounded by rubber bullets.",
        [(TUE, VD, "khilani_square", None, 19)],
    ),
    (
        "e22_nobody_hurt_in_quote_first",
        '"Thank God, nobody was hurt," a police officer said after a rocket landed in an empty lot near al-Zawraa Park '
        "on Tuesday.",
        [(TUE, SH, "zawra_park", 0, 0)],
    ),
    (
        "e23_no_one_killed_but_hurt",
        "A bomb exploded near the Ishtar Hotel on Tuesday. No one was killed, but four passers-by were hurt.",
        [(TUE, IED, "ishtar_hotel", 0, 4)],
    ),
    (
        "e24_no_injuries_reported",
        "Protesters stormed the Ministry of Planning building on Tuesday and set fire to a reception hall. No injuries "
        "were reported.",
        [(TUE, VD, "ministry_of_planning", None, 0)],
    ),
    (
        "e25_material_damage_only",
        "A Katyusha rocket hit the roof of a house in Karrada on Tuesday, causing material damage only.",
        [(TUE, SH, "karrada", 0, 0)],
    ),
    (
        "e26_background_toll_of_uprising",
        "Hundreds of protesters rallied peacefully in Tahrir Square on Tuesday to mark the anniversary of the October "
        "uprising, in which nearly 600 demonstrators were killed.",
        [(TUE, PP, "tahrir_square", None, None)],
    ),
    (
        "e27_cumulative_since_october",
        "Security forces fired tear gas at demonstrators on the Sinak Bridge on Tuesday, wounding 14. More than 500 "
        "people have been killed since the protests began in October.",
        [(TUE, PWI, "bridge_sinak", None, 14)],
    ),
    (
        "e28_toll_of_another_province",
        "Police fired tear gas at protesters in Tahrir Square on Tuesday, injuring nine. In Basra, three protesters "
        "were killed in clashes with police.",
        [(TUE, PWI, "tahrir_square", None, 9)],
    ),
    (
        "e29_conflicting_put_the_toll_at",
        "A rocket hit a house in al-Jadriya on Tuesday. Police said two people were killed, while a hospital source "
        "put the death toll at four.",
        [(TUE, SH, "jadriya", 2, None)],
    ),
    (
        "e30_total_of_two_attacks",
        "Rockets struck the Green Zone on Tuesday morning, and a roadside bomb exploded in Karrada hours later. In "
        "total, five people were wounded in the two attacks.",
        [(TUE, IED, "karrada", None, None), (TUE, SH, "green_zone", None, None)],
    ),
    (
        "e31_toll_after_a_quote",
        "Gunmen on motorcycles shot at a liquor store in Karradat Mariam late on Tuesday. 'They came and fired without "
        "a word,' a neighbour said. The shop's owner was killed and his assistant wounded.",
        [(TUE, ATT, "karradat_mariam", 1, 1)],
    ),
    (
        "e32_injuring_at_least",
        "An improvised explosive device went off beside a minibus near al-Shawaf Square on Tuesday, injuring at least "
        "three passengers.",
        [(TUE, IED, "shawaf_square", None, 3)],
    ),
    (
        "e33_number_word_first",
        "Eleven protesters were injured on Tuesday when riot police charged them with batons outside parliament.",
        [(TUE, PWI, "baghdad_convention_center", None, 11)],
    ),
    (
        "e34_a_number_of_suffocation_cases",
        "Security forces fired tear gas at protesters near the Ahrar Bridge on Tuesday, causing a number of "
        "suffocation cases.",
        [(TUE, PWI, "bridge_ahrar", None, 10)],
    ),
    (
        "e35_a_few_lightly_hurt",
        "A few people were lightly hurt when a drone crashed into a parking lot near the Baghdad Tower on Tuesday.",
        [(TUE, DR, "baghdad_tower", None, 3)],
    ),
    (
        "e36_including_policemen",
        "A sticky bomb exploded under a police car in al-Rusafa on Tuesday. The explosion wounded six people, "
        "including two policemen, police said.",
        [(TUE, IED, "rusafa", None, 6)],
    ),
    (
        "e37_one_of_the_wounded_died_next_day",
        "Security forces fired live ammunition at protesters in Tahrir Square on Monday, wounding 20. One of the "
        "wounded died in hospital on Tuesday.",
        [(MON, EXF, "tahrir_square", 1, 20)],
    ),
    (
        "e38_claimed_the_lives_of",
        "A bomb blast near Tahrir Square claimed the lives of two street vendors on Tuesday.",
        [(TUE, IED, "tahrir_square", 2, None)],
    ),
    (
        "e39_clashes_left_injured",
        "Clashes between gunmen and security forces near the Assassins' Gate on Tuesday left 15 people injured.",
        [(TUE, CL, "gate_assassins", None, 15)],
    ),
    (
        "e40_grenade_no_one_hurt_semicolon",
        "Unknown assailants threw a hand grenade at the home of a lawmaker in al-Mansour on Tuesday night; no one was "
        "hurt.",
        [(TUE, GR, "mansour", 0, 0)],
    ),
    (
        "e41_suffered_minor_injuries",
        "Two guards suffered minor injuries when a drone exploded near the Zaqura Palace on Tuesday.",
        [(TUE, DR, "zaqura_building", None, 2)],
    ),
    (
        "e42_nine_more_injured",
        "A suicide bomber blew himself up at a checkpoint near Tahrir Square on Tuesday. Three soldiers were killed "
        "and nine more injured.",
        [(TUE, SB, "tahrir_square", 3, 9)],
    ),
    (
        "e43_initial_reports_then_ministry",
        "Initial reports said eight people were killed in a car bombing in Karrada on Tuesday. The Interior Ministry "
        "later said five people were killed and 20 wounded.",
        [(TUE, IED, "karrada", 5, 20)],
    ),
    (
        "e44_there_were_no_fatalities",
        "Police fired tear gas and rubber bullets at protesters on the Jumhuriya Bridge on Tuesday, injuring 30 "
        "people. There were no fatalities.",
        [(TUE, PWI, "bridge_jumhuriya", 0, 30)],
    ),
    (
        "e45_died_then_others_wounded",
        "Gunmen attacked an army checkpoint near the Swords of Qadisiyah on Tuesday. Two soldiers died. Four others "
        "were wounded.",
        [(TUE, CL, "swords_of_qadisiyah", 2, 4)],
    ),
    (
        "e46_a_policeman_and_two_civilians",
        "A policeman and two civilians were wounded when a mortar shell landed near the Mansour Hotel on Tuesday.",
        [(TUE, SH, "mansour_hotel", None, 3)],
    ),
    (
        "e47_dozens_suffered_suffocation",
        "Dozens of protesters suffered from suffocation when riot police broke up a rally at Firdos Square with tear "
        "gas on Tuesday.",
        [(TUE, PWI, "firdos_square", None, 12)],
    ),
    (
        "e48_seriously_injuring_a_child",
        "A sound bomb went off near the Khilani Mosque on Tuesday, seriously injuring a child.",
        [(TUE, IED, "khilani_mosque", None, 1)],
    ),
    (
        "e49_two_people_a_man_and_his_son",
        "Two people, a man and his son, were killed when a rocket hit their car near the Ahrar Bridge on Tuesday.",
        [(TUE, SH, "bridge_ahrar", 2, None)],
    ),
    (
        "e50_the_only_casualty",
        "A rocket struck the car park of the al-Rasheed Hotel on Tuesday. A security guard was lightly injured, the "
        "only casualty.",
        [(TUE, SH, "al_rasheed_hotel", None, 1)],
    ),
    (
        "e51_old_bombing_toll",
        "Protesters gathered in Firdos Square on Tuesday to mark the first anniversary of a bombing there that killed "
        "30 people.",
        [(TUE, PP, "firdos_square", None, None)],
    ),
    (
        "e52_no_casualties_quoted_spokesman",
        "A rocket landed near the U.S. Embassy on Tuesday. 'There were no casualties,' an embassy spokesman said.",
        [(TUE, SH, "us_embassy", 0, 0)],
    ),
    (
        "e53_critically_wounded_by_live_fire",
        "Three protesters were critically wounded by live fire near the Sinak Bridge on Tuesday, a medic said.",
        [(TUE, EXF, "bridge_sinak", None, 3)],
    ),
    (
        "e54_escaped_unhurt_guards_wounded",
        "The convoy of a senior official was targeted by a roadside bomb in al-Jadriya on Tuesday; the official "
        "escaped unhurt but two of his guards were wounded.",
        [(TUE, IED, "jadriya", None, 2)],
    ),
    (
        "e55_pelted_policemen_slightly_injured",
        "Four policemen were slightly injured when protesters pelted them with stones near the Zaqura Palace on "
        "Tuesday.",
        [(TUE, VD, "zaqura_building", None, 4)],
    ),
    (
        "e56_casualties_colon_breakdown",
        "The Green Zone was hit by rockets on Tuesday. The ministry said the attack caused 20 casualties: three dead "
        "and 17 wounded.",
        [(TUE, SH, "green_zone", 3, 17)],
    ),
    (
        "e57_a_child_among_the_dead",
        "At least five people were killed when a car bomb exploded in Karrada on Tuesday. A child was among the dead.",
        [(TUE, IED, "karrada", 5, None)],
    ),
    (
        "e58_damaging_cars_no_injuries",
        "Two rockets fell near the Baghdad Tower on Tuesday, damaging two cars but causing no injuries.",
        [(TUE, SH, "baghdad_tower", None, 0)],
    ),
    (
        "e59_toll_had_climbed_next_morning",
        "A car bomb exploded in al-Mansour on Tuesday, killing two people. By Wednesday morning the toll had climbed "
        "to four dead.",
        [(TUE, IED, "mansour", 4, None)],
    ),
    (
        "e60_toll_before_its_event",
        "Two civilians were killed and three were hurt. The rocket had struck a house in al-Jadriya shortly after "
        "midnight on Tuesday, police said.",
        [(TUE, SH, "jadriya", 2, 3)],
    ),
    (
        "e61_two_events_own_tolls",
        "A roadside bomb wounded two soldiers in al-Karkh on Tuesday morning. Hours later, a rocket killed a woman in "
        "Karrada.",
        [(TUE, IED, "karkh", None, 2), (TUE, SH, "karrada", 1, None)],
    ),
    (
        "e62_none_for_one_event_only",
        "A rocket hit the Green Zone on Tuesday, causing no casualties, while another struck a house in Karrada, "
        "wounding three people.",
        [(TUE, SH, "green_zone", 0, 0), (TUE, SH, "karrada", None, 3)],
    ),
    (
        "e63_half_a_dozen_hospitalised",
        "Half a dozen demonstrators were hospitalised after police beat them with batons outside the Ministry of "
        "Planning on Tuesday.",
        [(TUE, PWI, "ministry_of_planning", None, 6)],
    ),
    (
        "e64_killed_in_the_stampede_not_a_toll_of_force",
        "Police fired tear gas at a crowd in Tahrir Square on Tuesday. Two people were crushed to death in the "
        "stampede that followed.",
        [(TUE, PWI, "tahrir_square", 2, None)],
    ),
    (
        "e65_sustained_wounds",
        "A police officer sustained shrapnel wounds when a Katyusha rocket landed near the Jadriya Bridge on Tuesday.",
        [(TUE, SH, "bridge_jadriya", None, 1)],
    ),
    (
        "e66_nobody_was_injured_middle",
        "A drone carrying explosives crashed into the garden of the Prime Minister's residence on Tuesday, but nobody "
        "was injured, officials said.",
        [(TUE, DR, "pm_residence", None, 0)],
    ),
    (
        "e67_medics_said_the_number",
        "Riot police fired tear gas at protesters near the suspension bridge gate on Tuesday. The number of injured "
        "reached 45, according to medics.",
        [(TUE, PWI, "gate_14_july_bridge", None, 45)],
    ),
    (
        "e68_killed_overnight_updated_toll",
        "Security forces shot dead two protesters on the Ahrar Bridge on Tuesday. Hospital officials said on Wednesday "
        "that the number of dead from the shooting had risen to five.",
        [(TUE, EXF, "bridge_ahrar", 5, None)],
    ),
    (
        "e69_previous_attacks_toll_background",
        "A bomb exploded near al-Nisour Square on Tuesday, wounding two people. It was the third blast in the city "
        "this month; the previous two killed nine people.",
        [(TUE, IED, "nisour_square", None, 2)],
    ),
    (
        "e70_a_day_after_another_bombing",
        "Two rockets hit a house in Karradat Mariam on Tuesday, lightly wounding a girl. The attack came a day after a "
        "car bomb in Sadr City killed four people.",
        [(TUE, SH, "karradat_mariam", None, 1)],
    ),
    (
        "e71_police_and_organisers_two_groups",
        "Protesters hurled stones at riot police at the Sinak Bridge on Tuesday. Police said 18 officers were hurt, "
        "while organisers said 40 protesters were injured.",
        [(TUE, VD, "bridge_sinak", None, 58)],
    ),
    (
        "e72_figures_not_available",
        "A drone struck a car near the Baghdad Tower on Tuesday. Casualty figures were not immediately available.",
        [(TUE, DR, "baghdad_tower", None, None)],
    ),
    (
        "e73_no_damage_or_casualties",
        "A Katyusha rocket fell inside the Green Zone on Tuesday but caused no damage or casualties, the military "
        "said.",
        [(TUE, SH, "green_zone", 0, 0)],
    ),
    (
        "e74_no_word_on_casualties",
        "Mortar rounds struck near the Monument to the Unknown Soldier on Tuesday. There was no word on casualties.",
        [(TUE, SH, "tomb_unknown_soldier", None, None)],
    ),
    (
        "e75_raising_the_toll_to_two",
        "Security forces fired live rounds at protesters on the Ahrar Bridge on Tuesday, killing one. A second "
        "protester died of his injuries on Wednesday, raising the toll to two.",
        [(TUE, EXF, "bridge_ahrar", 2, None)],
    ),
    (
        "e76_the_wounded_included_a_journalist",
        "Security forces fired tear gas at protesters in Tahrir Square on Tuesday, wounding 16. The wounded, who "
        "included a journalist, were taken to al-Kindi hospital.",
        [(TUE, PWI, "tahrir_square", None, 16)],
    ),
    (
        "e77_medics_then_ministry_smaller",
        "Riot police fired rubber bullets at protesters at the Jumhuriya Bridge on Tuesday. Medical sources said 11 "
        "people were hurt; the Interior Ministry said six.",
        [(TUE, PWI, "bridge_jumhuriya", None, 6)],
    ),
    (
        "e78_headline_counts_no_verb",
        "Two dead, 13 wounded in Baghdad bombing\nA bomb exploded near the Ahrar Bridge on Tuesday, police said.",
        [(TUE, IED, "bridge_ahrar", 2, 13)],
    ),
    (
        "e79_hyphenated_number_words",
        "Thirty-two people were injured when police fired tear gas at a rally near Firdos Square on Tuesday.",
        [(TUE, PWI, "firdos_square", None, 32)],
    ),
    (
        "e80_at_least_one_and_several_others",
        "A mortar shell slammed into a market in al-Rusafa on Tuesday, killing at least one person and wounding "
        "several others.",
        [(TUE, SH, "rusafa", 1, 10)],
    ),
    (
        "e81_lost_his_life",
        "A demonstrator lost his life when security forces fired live rounds at a crowd near al-Khilani Square on "
        "Tuesday.",
        [(TUE, EXF, "khilani_square", 1, None)],
    ),
    (
        "e82_were_among_30_injured",
        "Riot police fired tear gas at protesters outside parliament on Tuesday. Five members of the security forces "
        "were among 30 people injured, the ministry said.",
        [(TUE, PWI, "baghdad_convention_center", None, 30)],
    ),
    (
        "e83_two_of_those_hurt_critical",
        "A roadside bomb hit a minibus in al-Karkh on Tuesday, wounding seven people. Two of those hurt were in "
        "critical condition.",
        [(TUE, IED, "karkh", None, 7)],
    ),
    (
        "e84_no_one_was_reported_hurt",
        "A rocket crashed into the Tigris near the Jumhuriya Bridge on Tuesday. No one was reported hurt.",
        [(TUE, SH, "bridge_jumhuriya", 0, 0)],
    ),
    (
        "e85_nobody_killed_or_injured",
        "Gunmen fired at the offices of a television channel in Karrada on Tuesday night. Nobody was killed or "
        "injured, the channel said.",
        [(TUE, ATT, "karrada", 0, 0)],
    ),
    (
        "e86_no_reports_of_deaths",
        "Security forces fired tear gas at protesters at the Sinak Bridge on Tuesday, wounding 22. There were no "
        "reports of deaths.",
        [(TUE, PWI, "bridge_sinak", 0, 22)],
    ),
    (
        "e87_unclear_whether_casualties",
        "Two drones were shot down over the Green Zone on Tuesday, and a third struck near the Republican Palace. It "
        "was unclear whether anyone was hurt.",
        [(TUE, DR, "republican_palace", None, None)],
    ),
    (
        "e88_one_dead_parenthesis",
        "A bombing in Karrada on Tuesday (one dead, four injured) was the first in the district this year.",
        [(TUE, IED, "karrada", 1, 4)],
    ),
    # (variants of the forms the first run missed: other ways of saying the same)
    (
        "e89_choking_cases_as_subject",
        "Dozens of choking cases were recorded among protesters after riot police fired tear gas at the Jumhuriya "
        "Bridge on Tuesday.",
        [(TUE, PWI, "bridge_jumhuriya", None, 12)],
    ),
    (
        "e90_cases_of_tear_gas_inhalation",
        "Riot police fired tear gas at students outside the Ministry of Planning on Tuesday. Medics reported 25 cases "
        "of tear gas inhalation.",
        [(TUE, PWI, "ministry_of_planning", None, 25)],
    ),
    (
        "e91_lost_his_life",
        "A traffic policeman lost his life when a sticky bomb exploded under his car in al-Mansour on Tuesday.",
        [(TUE, IED, "mansour", 1, None)],
    ),
    (
        "e92_wounded_and_his_commander_killed",
        "A soldier was wounded and his commander killed when gunmen attacked their patrol near the Baghdad Tower on "
        "Tuesday.",
        [(TUE, CL, "baghdad_tower", 1, 1)],
    ),
    (
        "e93_activists_then_government_bare_figure",
        "Activists said 12 protesters were killed at the Sinak Bridge on Tuesday when security forces opened fire; the "
        "government said three.",
        [(TUE, EXF, "bridge_sinak", 3, None)],
    ),
    (
        "e94_honour_victims_in_which_died",
        "Protesters gathered in al-Khilani Square on Tuesday to honour the victims of a 2019 shooting in which 25 "
        "demonstrators died.",
        [(TUE, PP, "khilani_square", None, None)],
    ),
    (
        "e95_shot_in_the_legs",
        "Two protesters were shot in the legs when police opened fire on a march near the Ahrar Bridge on Tuesday.",
        [(TUE, EXF, "bridge_ahrar", None, 2)],
    ),
    (
        "e96_shot_and_killed_by_forces",
        "Three protesters were shot and killed by security forces near Tahrir Square on Tuesday, medics said.",
        [(TUE, EXF, "tahrir_square", 3, None)],
    ),
    (
        "e97_was_shot_and_died",
        "A shop owner was shot by gunmen in Karrada on Tuesday and died on the way to hospital.",
        [(TUE, ATT, "karrada", 1, None)],
    ),
    (
        "e98_shot_and_wounded_next_sentence",
        "Gunmen opened fire on a police checkpoint near Firdos Square on Tuesday. Two policemen were shot and wounded.",
        [(TUE, CL, "firdos_square", None, 2)],
    ),
    (
        "e99_all_of_them_one_family",
        "Three people, all of them members of one family, were killed when a mortar round hit their home in Karradat "
        "Mariam on Tuesday.",
        [(TUE, SH, "karradat_mariam", 3, None)],
    ),
    (
        "e100_and_at_least_twenty",
        "A car bomb exploded in al-Jadriya on Tuesday, killing three soldiers and at least 20 civilians.",
        [(TUE, IED, "jadriya", 23, None)],
    ),
    # (attachment across sentences, harder)
    (
        "e101_none_named_by_its_event",
        "Rockets hit the Green Zone on Tuesday night. Earlier in the day, security forces fired tear gas at protesters "
        "in Tahrir Square, wounding 15. No casualties were reported from the rocket attack.",
        [(TUE, PWI, "tahrir_square", None, 15), (TUE, SH, "green_zone", 0, 0)],
    ),
    (
        "e102_last_month_similar_bombing",
        "A bomb exploded near the Palestine Hotel on Tuesday, wounding four guards. Last month, a similar bombing in "
        "the same area killed six people.",
        [(TUE, IED, "palestine_hotel", None, 4)],
    ),
    (
        "e103_officers_and_protesters_in_two_sentences",
        "Protesters hurled petrol bombs at police at the Sinak Bridge on Tuesday. The Interior Ministry said 23 "
        "officers were hurt. Medics said 40 protesters were treated for injuries.",
        [(TUE, VD, "bridge_sinak", None, 63)],
    ),
    (
        "e104_second_rocket_no_casualties",
        "A rocket hit a house in Karrada on Tuesday, wounding a child. Hours later, a second rocket struck an empty "
        "lot near al-Zawraa Park, causing no casualties.",
        [(TUE, SH, "karrada", None, 1), (TUE, SH, "zawra_park", 0, 0)],
    ),
    (
        "e105_deaths_bring_to_since_the_month",
        "Security forces shot dead two protesters on the Jumhuriya Bridge on Tuesday. The deaths bring to 15 the "
        "number of protesters killed since the start of the month.",
        [(TUE, EXF, "bridge_jumhuriya", 2, None)],
    ),
    (
        "e106_third_this_month_none",
        "A rocket struck near the U.S. Embassy on Tuesday. No one was hurt in the attack, the third on the embassy "
        "this month.",
        [(TUE, SH, "us_embassy", 0, 0)],
    ),
    (
        "e107_fired_a_shot_is_no_count",
        "Riot police fired tear gas at protesters near the Ahrar Bridge on Tuesday. Police said officers had not fired "
        "a shot, and no one was hurt.",
        [(TUE, PWI, "bridge_ahrar", 0, 0)],
    ),
    (
        "e108_latest_in_a_string_this_year",
        "A drone exploded near the Palestine Hotel on Tuesday. There were no casualties in the attack, the latest in a "
        "string of drone strikes on the capital this year.",
        [(TUE, DR, "palestine_hotel", 0, 0)],
    ),
    (
        "e109_no_one_killed_this_year_is_a_period",
        "A roadside bomb wounded two policemen near al-Nisour Square on Tuesday. No one has been killed in such "
        "attacks in the capital this year, police said.",
        [(TUE, IED, "nisour_square", None, 2)],
    ),
    # (forms the new development reports of round 12 showed, written again in other words)
    (
        "e110_resulted_in_the_injury_of",
        "Riot police fired tear gas at lecturers at the suspension bridge gate on Tuesday, which resulted "
        "in the injury of three of the demonstrators and two members of the security forces, a medical source said.",
        [(TUE, PWI, "gate_14_july_bridge", None, 5)],
    ),
    (
        "e111_led_to_the_death_of_and_the_injury_of",
        "A bomb planted in a rubbish bin exploded near al-Shawaf Square on Tuesday, which led to the death of two "
        "people and the injury of five others.",
        [(TUE, IED, "shawaf_square", 2, 5)],
    ),
    (
        "e112_none_at_the_named_place_far_after",
        "Hundreds of graduates rallied peacefully in Tahrir Square on Tuesday. Riot police fired water cannon at "
        "another crowd outside the Ministry of Planning. 'We have waited five years,' one graduate said. The ministry "
        "said it understood their demands. A lawmaker called for calm. Officials promised jobs in next year's budget. "
        "No injuries were recorded among the protesters at the Ministry of Planning, a health official said.",
        [(TUE, PP, "tahrir_square", None, None), (TUE, PWI, "ministry_of_planning", None, 0)],
    ),
]


AR: list[tuple[str, str, list[Row]]] = [
    (
        "a01_asfara_an",
        "انفجرت عبوة ناسفة قرب ساحة الفردوس وسط بغداد، اليوم الأربعاء، ما أسفر عن مقتل شخصين وإصابة خمسة آخرين.",
        [(WED, IED, "firdos_square", 2, 5)],
    ),
    (
        "a02_qatilayn_wa_jarha",
        "سقط صاروخ على منزل في حي الجادرية مساء أمس، وأسفر عن قتيلين وثلاثة جرحى.",
        [(TUE, SH, "jadriya", 2, 3)],
    ),
    (
        "a03_bayna_qatil_wa_jarih",
        "أطلقت القوات الأمنية الرصاص الحي على المتظاهرين قرب جسر السنك أمس، ما أدى إلى سقوط 25 شخصاً بين قتيل وجريح.",
        [(TUE, EXF, "bridge_sinak", None, None)],
    ),
    (
        "a04_ashrat_halat_ikhtinaq",
        "أطلقت قوات مكافحة الشغب الغاز المسيل للدموع على المحتجين في ساحة التحرير، يوم الثلاثاء، ما تسبب بعشرات حالات "
        "الاختناق.",
        [(TUE, PWI, "tahrir_square", None, 12)],
    ),
    (
        "a05_bijuruh_mutafawita",
        "أصيب سبعة متظاهرين بجروح متفاوتة خلال تفريقهم بخراطيم المياه عند بوابة التخطيط أمس.",
        [(TUE, PWI, "gate_jumhuriya_bridge_planning", None, 7)],
    ),
    (
        "a06_lam_tusajjal_isabat",
        "سقط صاروخ كاتيوشا داخل المنطقة الخضراء فجر اليوم، ولم تسجل أي إصابات.",
        [(WED, SH, "green_zone", None, 0)],
    ),
    (
        "a07_duna_wuqu_khasa'ir_bashariya",
        "سقطت قذيفة هاون قرب القصر الجمهوري مساء الثلاثاء دون وقوع خسائر بشرية.",
        [(TUE, SH, "republican_palace", 0, 0)],
    ),
    (
        "a08_iqtasarat_al_adrar",
        "سقط صاروخ على سطح بناية في الكرادة ليلة أمس، واقتصرت الأضرار على الماديات.",
        [(TUE, SH, "karrada", 0, 0)],
    ),
    (
        "a09_irtafa3at_hasilat",
        "انفجرت سيارة مفخخة في منطقة المنصور ظهر أمس، ما أسفر عن مقتل ثلاثة أشخاص. وارتفعت حصيلة ضحايا الانفجار في وقت "
        "لاحق إلى ستة قتلى و١٤ جريحاً.",
        [(TUE, IED, "mansour", 6, 14)],
    ),
    (
        "a10_shurtiyan_bijuruh",
        "أصيب شرطيان بجروح إثر رشقهم بالحجارة من قبل محتجين قرب ساحة الخلاني أمس.",
        [(TUE, VD, "khilani_square", None, 2)],
    ),
    (
        "a11_jarihayn_min_al_marra",
        "سقطت قذيفتا هاون قرب فندق فلسطين أمس، وأدتا إلى وقوع جريحين من المارة.",
        [(TUE, SH, "palestine_hotel", None, 2)],
    ),
    (
        "a12_adda_ila_maqtal_shakhsayn",
        "فتح مسلحون مجهولون النار على محل لبيع المشروبات في الكرادة مساء الثلاثاء، ما أدى إلى مقتل شخصين.",
        [(TUE, ATT, "karrada", 2, None)],
    ),
    (
        "a13_lam_yusab_ahad_bi_adha",
        "سقطت طائرة مسيرة مفخخة قرب متنزه الزوراء اليوم، ولم يصب أحد بأذى.",
        [(WED, DR, "zawra_park", 0, 0)],
    ),
    (
        "a14_another_province_fima",
        "أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير أمس، ما أدى إلى إصابة ١١ شخصاً بحالات "
        "اختناق، فيما قتل متظاهران في الناصرية.",
        [(TUE, PWI, "tahrir_square", None, 11)],
    ),
    (
        "a15_cumulative_since_october",
        "وأصيب ثمانية متظاهرين بجروح على جسر الجمهورية يوم الثلاثاء، بعد أن أطلقت قوات الأمن القنابل الصوتية عليهم. "
        "ويبلغ عدد القتلى منذ انطلاق الاحتجاجات في تشرين الأول أكثر من ٥٠٠.",
        [(TUE, PWI, "bridge_jumhuriya", None, 8)],
    ),
    (
        "a16_old_massacre_toll",
        "تجمع المئات في ساحة التحرير أمس لإحياء ذكرى مجزرة جسر السنك التي راح ضحيتها ٢٥ متظاهراً.",
        [(TUE, PP, "tahrir_square", None, None)],
    ),
    (
        "a17_al_asharat_ikhtinaq",
        "أصيب العشرات بحالات اختناق جراء إطلاق الغاز المسيل للدموع على المتظاهرين قرب جسر الأحرار أمس.",
        [(TUE, PWI, "bridge_ahrar", None, 12)],
    ),
    (
        "a18_mi'at_next_sentence",
        "استخدمت القوات الأمنية الغاز المسيل للدموع لتفريق آلاف المحتجين في ساحة التحرير يوم الثلاثاء. وقالت مصادر "
        "طبية إن مئات المحتجين أصيبوا بالاختناق.",
        [(TUE, PWI, "tahrir_square", None, 100)],
    ),
    (
        "a19_nominal_toll_sentence",
        "هاجم مسلحون نقطة تفتيش للجيش قرب قوس النصر ليلة الثلاثاء. وحصيلة الهجوم ثلاثة قتلى و١٥ جريحاً بحسب مصدر أمني.",
        [(TUE, CL, "swords_of_qadisiyah", 3, 15)],
    ),
    (
        "a20_passive_verbs_number_words",
        "قتل أربعة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة في سوق شعبي بمنطقة الكرخ أمس.",
        [(TUE, IED, "karkh", 4, 10)],
    ),
    (
        "a21_ahaduhum_bihala_harija",
        "أصيب ستة من عناصر الأمن، أحدهم بحالة حرجة، خلال مواجهات مع محتجين اقتحموا مبنى وزارة التخطيط الثلاثاء.",
        [(TUE, VD, "ministry_of_planning", None, 6)],
    ),
    (
        "a22_baynahum_tifl",
        "قتل ثلاثة أشخاص بينهم طفل بسقوط صاروخ على منزل في كرادة مريم أمس.",
        [(TUE, SH, "karradat_mariam", 3, None)],
    ),
    (
        "a23_ministry_vs_activists",
        "أطلقت قوات الأمن الرصاص الحي على المحتجين قرب جسر السنك يوم الثلاثاء. وأعلنت وزارة الصحة مقتل متظاهرَين "
        "اثنين، فيما تحدث ناشطون عن خمسة قتلى.",
        [(TUE, EXF, "bridge_sinak", 2, None)],
    ),
    (
        "a24_none_in_a_quote",
        'سقط صاروخان قرب السفارة الأمريكية فجر اليوم. وقال مصدر في الشرطة: "لا توجد خسائر بشرية".',
        [(WED, SH, "us_embassy", 0, 0)],
    ),
    (
        "a25_duna_an_tusfir",
        "انفجرت عبوة صوتية قرب جامع الخلاني ليلة أمس دون أن تسفر عن إصابات.",
        [(TUE, IED, "khilani_mosque", None, 0)],
    ),
    (
        "a26_dual_verb_rubber_bullets",
        "أصيب متظاهران بجروح بالرصاص المطاطي عند مدخل الجسر المعلق أمس.",
        [(TUE, PWI, "gate_14_july_bridge", None, 2)],
    ),
    (
        "a27_baynahum_security_forces",
        "رشق المحتجون القوات الأمنية بالحجارة في ساحة التحرير أمس، وأعلنت خلية الإعلام الأمني إصابة ٤٠ شخصاً بينهم ١٠ "
        "من القوات الأمنية.",
        [(TUE, VD, "tahrir_square", None, 40)],
    ),
    (
        "a28_adda_ila_istishhad",
        "استهدف قصف بطائرة مسيرة سيارة قرب ساحة النسور فجر اليوم، ما أدى إلى استشهاد ثلاثة من ركابها.",
        [(WED, DR, "nisour_square", 3, None)],
    ),
    (
        "a29_laqiya_masra3ahu",
        "لقي شاب مصرعه وأصيب اثنان آخران بانفجار دراجة نارية مفخخة في منطقة الرصافة مساء الثلاثاء.",
        [(TUE, IED, "rusafa", 1, 2)],
    ),
    (
        "a30_aqdama_ala_ightiyal",
        "أقدم مسلحون مجهولون على اغتيال ناشط مدني أمام منزله في منطقة المنصور ليلة أمس.",
        [(TUE, ATT, "mansour", 1, None)],
    ),
    (
        "a31_passive_verb_first_with_cause",
        "وأُصيب ثلاثة من المارة بجروح طفيفة جراء سقوط صاروخ قرب برج بغداد، مساء أمس.",
        [(TUE, SH, "baghdad_tower", None, 3)],
    ),
    (
        "a32_suqut_adad_min_al_jarha",
        "أطلقت القوات الأمنية القنابل المسيلة للدموع على متظاهرين حاولوا عبور جسر الجمهورية يوم الثلاثاء. وأدت "
        "المواجهات إلى سقوط عدد من الجرحى في صفوف المتظاهرين.",
        [(TUE, PWI, "bridge_jumhuriya", None, 10)],
    ),
    (
        "a33_juthatayn_in_hospital",
        "سقطت ثلاثة صواريخ على حي سكني في الجادرية فجر اليوم. وأكد مصدر طبي وصول جثتين و٤ جرحى إلى مستشفى ابن النفيس.",
        [(WED, SH, "jadriya", 2, 4)],
    ),
    (
        "a34_khasa'ir_bil_arwah",
        "استهدفت ثلاثة صواريخ المنطقة الخضراء ليلة أمس. وأكدت خلية الإعلام الأمني أن الهجوم لم يسفر عن خسائر بالأرواح.",
        [(TUE, SH, "green_zone", 0, None)],
    ),
    (
        "a35_jarh_khamsa_anasir",
        "اندلعت اشتباكات بين مسلحين وقوات الأمن قرب بوابة القتلة، مساء أمس، أسفرت عن جرح خمسة عناصر أمنيين.",
        [(TUE, CL, "gate_assassins", None, 5)],
    ),
    (
        "a36_hospitals_recorded_cases",
        "فرقت القوات الأمنية بالغاز المسيل للدموع تظاهرة أمام مجلس النواب يوم الثلاثاء. وسجلت المستشفيات ٣٥ حالة "
        "اختناق بين المتظاهرين.",
        [(TUE, PWI, "baghdad_convention_center", None, 35)],
    ),
    (
        "a37_nahwa_sittin",
        "تظاهر آلاف من أنصار التيار الصدري أمام بوابة التخطيط أمس، وتدخلت قوات مكافحة الشغب بالهراوات، ما أدى إلى "
        "إصابة نحو ٦٠ متظاهراً.",
        [(TUE, PWI, "gate_jumhuriya_bridge_planning", None, 60)],
    ),
    (
        "a38_akthar_min_mi'at_shakhs",
        "أصيب أكثر من مئة شخص بحالات اختناق في ساحة الخلاني أمس بعد أن أطلقت قوات الأمن الغاز المسيل للدموع على "
        "المتظاهرين.",
        [(TUE, PWI, "khilani_square", None, 100)],
    ),
    (
        "a39_saqata_qatilan_wa_jarih",
        "وسقط قتيلان وجريح في انفجار عبوة ناسفة قرب ساحة الشواف ظهر أمس.",
        [(TUE, IED, "shawaf_square", 2, 1)],
    ),
    (
        "a40_imra'a_wa_tifluha",
        "قتلت امرأة وطفلها بسقوط قذيفة هاون على منزلهما في الكرخ مساء الثلاثاء.",
        [(TUE, SH, "karkh", 2, None)],
    ),
    (
        "a41_toll_of_two_attacks",
        "سقط صاروخ قرب فندق الرشيد صباح أمس، وانفجرت عبوة ناسفة في الكرادة بعد الظهر. وبلغت حصيلة الهجومين ثلاثة جرحى.",
        [(TUE, IED, "karrada", None, None), (TUE, SH, "al_rasheed_hotel", None, None)],
    ),
    (
        "a42_initial_then_final_toll",
        "انفجرت سيارة مفخخة في سوق الكرادة أمس، وقتل خمسة أشخاص بحسب حصيلة أولية. لكن وزارة الداخلية أعلنت لاحقاً أن "
        "الحصيلة النهائية ثلاثة قتلى و١٢ جريحاً.",
        [(TUE, IED, "karrada", 3, 12)],
    ),
    (
        "a43_ministry_and_medics_two_sides",
        "اقتحم محتجون غاضبون مبنى وزارة التخطيط يوم الثلاثاء وأضرموا النار في بوابته. وأعلنت وزارة الداخلية إصابة ١٢ "
        "منتسباً، فيما أكدت مصادر طبية إصابة ٢٠ متظاهراً.",
        [(TUE, VD, "ministry_of_planning", None, 32)],
    ),
    (
        "a44_maqtal_wa_isabat_total",
        "انفجرت عبوة ناسفة في منطقة الكرخ اليوم، ما أسفر عن مقتل وإصابة عشرة أشخاص.",
        [(WED, IED, "karkh", None, None)],
    ),
    (
        "a45_lam_tarid_anba'",
        "سقطت قذيفتا هاون قرب نصب الجندي المجهول مساء أمس، ولم ترد أنباء عن وقوع إصابات.",
        [(TUE, SH, "tomb_unknown_soldier", None, 0)],
    ),
    (
        "a46_material_losses_cars",
        "سقط صاروخ كاتيوشا في ساحة الاحتفالات الكبرى فجر اليوم، واقتصرت الخسائر على أضرار مادية في عدد من السيارات "
        "المتوقفة.",
        [(WED, SH, "grand_festivities_square", 0, 0)],
    ),
    (
        "a47_police_and_more_than_twenty",
        "رشق متظاهرون قوات الأمن بالحجارة عند جسر السنك مساء أمس، ما أدى إلى إصابة ثلاثة منتسبين وأكثر من عشرين "
        "متظاهراً.",
        [(TUE, VD, "bridge_sinak", None, 23)],
    ),
    (
        "a48_none_at_the_end",
        "أطلق مجهولون صاروخاً على مبنى مجلس القضاء الأعلى ليلة الثلاثاء. وسقط الصاروخ في ساحة وقوف السيارات. ولم يسفر "
        "الهجوم عن إصابات.",
        [(TUE, SH, "supreme_judicial_council", None, 0)],
    ),
    (
        "a49_bid3at_ashkhas",
        "أصيب بضعة أشخاص بجروح طفيفة إثر سقوط طائرة مسيرة قرب فندق عشتار صباح اليوم.",
        [(WED, DR, "ishtar_hotel", None, 3)],
    ),
    (
        "a50_toll_rose_after_deaths_of_wounded",
        "سقط صاروخ على منزل في الجادرية يوم الثلاثاء وقتل شخصان. وارتفع عدد القتلى صباح اليوم إلى أربعة بعد وفاة اثنين "
        "من الجرحى.",
        [(TUE, SH, "jadriya", 4, None)],
    ),
    (
        "a51_broken_plural_children",
        "أدى سقوط قذيفة هاون على ملعب شعبي في الكرادة أمس إلى إصابة ثلاثة أطفال.",
        [(TUE, SH, "karrada", None, 3)],
    ),
    (
        "a52_sunstroke_no_casualty",
        "تظاهر الآلاف في ساحة التحرير يوم الثلاثاء، وأصيب عدد منهم بضربات شمس بسبب ارتفاع درجات الحرارة.",
        [(TUE, PP, "tahrir_square", None, None)],
    ),
    (
        "a53_nominal_sentence_toll_first",
        "ثلاثة قتلى وسبعة جرحى حصيلة انفجار عبوة ناسفة استهدفت سيارة مدنية قرب جسر الجادرية مساء أمس.",
        [(TUE, IED, "bridge_jadriya", 3, 7)],
    ),
    (
        "a54_lam_yusfir_an_ayy_khasa'ir",
        "سقطت طائرة مسيرة مفخخة قرب منزل رئيس الوزراء فجر اليوم، ولم يسفر الحادث عن أي خسائر بشرية أو مادية.",
        [(WED, DR, "pm_residence", 0, 0)],
    ),
    (
        "a55_isaba_tafifa_singular",
        "أصيب منتسب في شرطة النجدة بجروح طفيفة جراء انفجار عبوة لاصقة بسيارته في منطقة الكرادة صباح اليوم.",
        [(WED, IED, "karrada", None, 1)],
    ),
    (
        "a56_fariqa_al_hayat",
        "أطلق مسلحون النار على صاحب محل للصيرفة قرب ساحة النسور مساء أمس، وفارق الحياة بعد نقله إلى المستشفى.",
        [(TUE, ATT, "nisour_square", 1, None)],
    ),
    (
        "a57_two_events_one_without_casualties",
        "سقط صاروخ داخل المنطقة الخضراء فجر اليوم دون وقوع إصابات، فيما سقط صاروخ آخر على منزل في الكرادة وأدى إلى "
        "إصابة امرأتين.",
        [(WED, SH, "green_zone", None, 0), (WED, SH, "karrada", None, 2)],
    ),
    (
        "a58_outside_baghdad_toll_next_sentence",
        "فرقت قوات الأمن تظاهرة في ساحة التحرير بالغاز المسيل للدموع أمس، وأصيب خمسة متظاهرين. وفي محافظة ذي قار، قتل "
        "ثلاثة محتجين برصاص قوات الأمن.",
        [(TUE, PWI, "tahrir_square", None, 5)],
    ),
    (
        "a59_the_dead_are_security",
        "اشتبك مسلحون مع قوة أمنية قرب ساحة الفردوس فجر اليوم، وأسفر الاشتباك عن استشهاد منتسبَين اثنين وإصابة ثالث.",
        [(WED, CL, "firdos_square", 2, 1)],
    ),
    (
        "a60_istushhida_passive",
        "استشهد متظاهر وأصيب ١٥ آخرون برصاص قوات الأمن عند جسر الأحرار مساء الثلاثاء.",
        [(TUE, EXF, "bridge_ahrar", 1, 15)],
    ),
    (
        "a61_toll_not_yet_known",
        "انفجرت عبوة ناسفة قرب ساحة الطيران في منطقة الرصافة صباح اليوم، ولم تعرف حصيلة الضحايا بعد.",
        [(WED, IED, "rusafa", None, None)],
    ),
    (
        "a62_last_month_similar_attack",
        "سقط صاروخ قرب فندق المنصور فجر اليوم دون أن يسفر عن إصابات. وكان هجوم مماثل قد أسفر الشهر الماضي عن مقتل "
        "أربعة أشخاص.",
        [(WED, SH, "mansour_hotel", None, 0)],
    ),
    (
        "a63_dual_construct_anasir",
        "انفجرت عبوة لاصقة بسيارة للشرطة في منطقة الكرخ ظهر اليوم، وأصيب في الحادث عنصران من الشرطة.",
        [(WED, IED, "karkh", None, 2)],
    ),
    (
        "a64_toll_of_yesterdays_protest_rose",
        "فرقت قوات الأمن بالرصاص الحي تظاهرة في ساحة التحرير أمس، وقتل متظاهر. وارتفعت حصيلة ضحايا تظاهرة أمس في ساحة "
        "التحرير إلى ثلاثة قتلى، وفق مصادر طبية.",
        [(TUE, EXF, "tahrir_square", 3, None)],
    ),
    (
        "a65_colon_toll",
        "انفجرت سيارة مفخخة قرب ساحة النسور مساء أمس. مصادر طبية: ٤ قتلى و٣٠ جريحاً.",
        [(TUE, IED, "nisour_square", 4, 30)],
    ),
    (
        "a66_qatla_wa_jarha_unnumbered",
        "أطلقت القوات الأمنية النار على المتظاهرين عند جسر السنك ليلة أمس، ما أدى إلى سقوط قتلى وجرحى.",
        [(TUE, EXF, "bridge_sinak", None, None)],
    ),
    (
        "a67_duna_dahaya",
        "سقط صاروخان في محيط المنطقة الخضراء فجر اليوم دون أن يسفرا عن وقوع ضحايا.",
        [(WED, SH, "green_zone", 0, 0)],
    ),
    (
        "a68_limited_to_a_guard",
        "انفجرت طائرة مسيرة قرب قصر الزقورة ليلة أمس، واقتصرت الإصابات على جروح طفيفة لأحد الحراس.",
        [(TUE, DR, "zaqura_building", None, 1)],
    ),
    (
        "a69_security_and_protesters_one_verb",
        "رشق محتجون قوات مكافحة الشغب بالحجارة قرب مبنى البرلمان أمس، وأصيب ٩ من منتسبي القوات الأمنية و٣ متظاهرين.",
        [(TUE, VD, "baghdad_convention_center", None, 12)],
    ),
    (
        "a70_khallafat",
        "خلفت الاشتباكات بين فصيل مسلح وقوات الأمن قرب بوابة الجسر المعلق ليلة أمس ثلاثة قتلى.",
        [(TUE, CL, "gate_14_july_bridge", 3, None)],
    ),
    (
        "a71_hasada_arwah",
        "حصد انفجار سيارة مفخخة في سوق الكرادة مساء أمس أرواح خمسة أشخاص.",
        [(TUE, IED, "karrada", 5, None)],
    ),
    (
        "a72_nuqila_musabin",
        "أطلقت القوات الأمنية الرصاص المطاطي على المحتجين في ساحة الخلاني أمس، ونقل ١٠ مصابين إلى المستشفى.",
        [(TUE, PWI, "khilani_square", None, 10)],
    ),
    (
        "a73_the_five_wounded_definite",
        "سقط صاروخ قرب ساحة التحرير ليلة أمس، ونقل الجرحى الخمسة إلى مستشفى الكندي.",
        [(TUE, SH, "tahrir_square", None, 5)],
    ),
    (
        "a74_bare_numbers_maqtal_3",
        "انفجار عبوة ناسفة في الكرادة ظهر اليوم يسفر عن مقتل ٣ وإصابة ٨.",
        [(WED, IED, "karrada", 3, 8)],
    ),
    (
        "a75_headline_wa_la_isabat",
        "صاروخ يسقط قرب السفارة الأمريكية ولا إصابات\nسقط صاروخ كاتيوشا قرب السفارة الأمريكية في المنطقة الخضراء فجر "
        "اليوم، بحسب مصدر أمني.",
        [(WED, SH, "us_embassy", None, 0)],
    ),
    (
        "a76_adrar_bashariya",
        "قصفت طائرة مسيرة مخزناً للأسلحة قرب متنزه الزوراء ليلة أمس، ولم يسفر القصف عن أضرار بشرية.",
        [(TUE, DR, "zawra_park", 0, 0)],
    ),
    # (variants of the forms the first run missed)
    (
        "a77_tuwuffiyat_muta'aththira",
        "أصيبت امرأة بجروح خطيرة جراء سقوط قذيفة هاون على منزلها في الكرخ مساء أمس، وتوفيت متأثرة بجروحها فجر اليوم.",
        [(TUE, SH, "karkh", 1, None)],
    ),
    (
        "a78_laqiya_hatfahu_subjectless",
        "أطلق مسلحون مجهولون النار على سائق أجرة قرب ساحة الفردوس ليلة أمس، ولقي حتفه على الفور.",
        [(TUE, ATT, "firdos_square", 1, None)],
    ),
    (
        "a79_gap_definite_then_dual",
        "رشق محتجون قوات الأمن بالحجارة قرب جسر الجمهورية يوم الثلاثاء، وأصيب خلال المواجهات شرطيان.",
        [(TUE, VD, "bridge_jumhuriya", None, 2)],
    ),
    (
        "a80_qutila_fi_al_infijar_shakhsan",
        "انفجرت عبوة ناسفة في سوق شعبي بمنطقة الرصافة ظهر اليوم، وقتل في الانفجار شخصان وأصيب ثلاثة آخرون.",
        [(WED, IED, "rusafa", 2, 3)],
    ),
    (
        "a81_azhaqa_arwah",
        "أزهق هجوم بطائرة مسيرة قرب ساحة النسور فجر اليوم أرواح ثلاثة مدنيين.",
        [(WED, DR, "nisour_square", 3, None)],
    ),
    (
        "a82_juthath_al_qatla_al_thalatha",
        "سقطت قذيفة هاون على منزل في الجادرية ليلة أمس، ونقلت جثث القتلى الثلاثة إلى الطب العدلي.",
        [(TUE, SH, "jadriya", 3, None)],
    ),
    (
        "a83_wa_nahwa_thalathin",
        "رشق محتجون قوات مكافحة الشغب بالحجارة عند بوابة التخطيط أمس، ما أسفر عن إصابة خمسة من عناصر الأمن ونحو ثلاثين "
        "محتجاً.",
        [(TUE, VD, "gate_jumhuriya_bridge_planning", None, 35)],
    ),
    (
        "a84_ihya_dhikra_allati_qutila_fiha",
        "تجمع المئات في ساحة التحرير أمس لإحياء الذكرى السنوية لانتفاضة تشرين التي قتل فيها أكثر من ٦٠٠ متظاهر.",
        [(TUE, PP, "tahrir_square", None, None)],
    ),
    (
        "a85_wounded_then_departed",
        "أطلقت القوات الأمنية الرصاص المطاطي على المتظاهرين قرب جسر الأحرار أمس، وأصيب متظاهر بجروح خطيرة وفارق الحياة "
        "لاحقاً.",
        [(TUE, EXF, "bridge_ahrar", 1, None)],
    ),
    (
        "a86_halat_isaba_wa_wafat",
        "انفجرت سيارة مفخخة في منطقة الكرخ صباح اليوم، وسجلت المستشفيات ٢٠ حالة إصابة وثلاث حالات وفاة.",
        [(WED, IED, "karkh", 3, 20)],
    ),
    (
        "a87_medical_vs_ministry_number",
        "أفادت مصادر طبية بمقتل ستة أشخاص في انفجار عبوة ناسفة بمنطقة الكرادة أمس، فيما أعلنت وزارة الداخلية أن عدد "
        "القتلى أربعة.",
        [(TUE, IED, "karrada", 4, None)],
    ),
    (
        "a88_assassins_gate_other_place",
        "اندلعت اشتباكات بين مسلحين وقوات الأمن قرب القصر الجمهوري، مساء أمس، أسفرت عن جرح خمسة عناصر أمنيين.",
        [(TUE, CL, "republican_palace", None, 5)],
    ),
    # (attachment across sentences, harder)
    (
        "a89_second_rocket_without_injuries",
        "سقط صاروخ على منزل في الكرادة مساء الثلاثاء وأصيب طفل. وبعد ساعات، سقط صاروخ آخر في أرض خالية قرب متنزه "
        "الزوراء دون أن يسفر عن إصابات.",
        [(TUE, SH, "karrada", None, 1), (TUE, SH, "zawra_park", None, 0)],
    ),
    (
        "a90_cumulative_since_start_of_month",
        "قتل متظاهران برصاص قوات الأمن عند جسر الجمهورية يوم الثلاثاء. وبذلك يرتفع عدد ضحايا الاحتجاجات منذ مطلع الشهر "
        "إلى ١٥ قتيلاً.",
        [(TUE, EXF, "bridge_jumhuriya", 2, None)],
    ),
    (
        "a91_old_toll_in_october",
        "أطلقت القوات الأمنية الغاز المسيل للدموع على المحتجين في ساحة التحرير اليوم، ما أدى إلى إصابة ١٥ شخصاً. وكان "
        "ثلاثة متظاهرين قد قتلوا في تشرين الأول الماضي في مواجهات مع قوات الأمن قرب جسر السنك.",
        [(WED, PWI, "tahrir_square", None, 15)],
    ),
    (
        "a92_security_toll_then_crowd_toll",
        "أضرم محتجون غاضبون النار في بوابة مبنى مجلس النواب ظهر الثلاثاء. وقالت وزارة الداخلية إن ١٢ منتسباً أصيبوا "
        "بجروح. وأكدت مصادر طبية إصابة ٢٥ متظاهراً بحالات اختناق.",
        [(TUE, VD, "baghdad_convention_center", None, 37)],
    ),
    (
        "a93_third_of_its_kind_this_month",
        "سقط صاروخ كاتيوشا قرب السفارة الأمريكية فجر اليوم. ولم يسفر الهجوم، وهو الثالث من نوعه خلال الشهر الجاري، عن "
        "أي إصابات.",
        [(WED, SH, "us_embassy", None, 0)],
    ),
    (
        "a94_died_in_hospital_subject_after",
        "أطلقت قوات الأمن الرصاص الحي على المحتجين عند جسر السنك أمس، ما أدى إلى إصابة ٢٠ متظاهراً، وتوفي في المستشفى "
        "اثنان من المصابين.",
        [(TUE, EXF, "bridge_sinak", 2, 20)],
    ),
    (
        "a95_idafa_ila_dual",
        "فرقت القوات الأمنية بخراطيم المياه تظاهرة عند بوابة التخطيط اليوم، ما أدى إلى إصابة خمسة محتجين، إضافة إلى "
        "عنصرين من القوات الأمنية، بحالات اختناق.",
        [(WED, PWI, "gate_jumhuriya_bridge_planning", None, 7)],
    ),
    (
        "a96_none_at_named_place_last_sentence",
        "تظاهر المئات في ساحة التحرير أمس. وفرقت القوات الأمنية بالغاز المسيل للدموع تظاهرة أخرى أمام وزارة التخطيط. "
        "وقال أحد المتظاهرين إنهم ينتظرون التعيين منذ سنوات. من جهتها، قالت الوزارة إنها تتفهم المطالب. ودعا نائب إلى "
        "التهدئة. ولم تسجل أي حالة وفاة بين متظاهري وزارة التخطيط، بحسب مصدر صحي.",
        [(TUE, PP, "tahrir_square", None, None), (TUE, PWI, "ministry_of_planning", 0, None)],
    ),
]

_XFAIL: dict[str, str] = {}


def _params(cases: list[tuple[str, str, list[Row]]]) -> list[object]:
    return [
        pytest.param(text, rows, id=cid, marks=[_xf(_XFAIL[cid])] if cid in _XFAIL else []) for cid, text, rows in cases
    ]


@pytest.mark.parametrize(("text", "rows"), _params(EN))
def test_probe_en(text: str, rows: list[Row]) -> None:
    assert _rows(text) == sorted(rows)


@pytest.mark.parametrize(("text", "rows"), _params(AR))
def test_probe_ar(text: str, rows: list[Row]) -> None:
    assert _rows(text) == sorted(rows)
