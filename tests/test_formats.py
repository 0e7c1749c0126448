"""The incident files analysts have (tests/data/formats): ACLED exports in every date style and both
taxonomies, the ACLED API's JSON, UCDP GED (and its HDX copy), GDELT 2.0 event files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geoincidents.io.incidents import ReadResult, read_incidents

FORMATS = Path(__file__).parent / "data" / "formats"
# The four ACLED rows every ACLED fixture holds, as the export tool writes them.
ACLED_DATES = ["2020-04-28", "2020-05-09", "2020-05-13", "2020-06-05"]
ACLED_IDS = ["IRQ32001", "IRQ32002", "IRQ32003", "IRQ32004"]


def _days(result: ReadResult, column: str = "event_date") -> list[str]:
    return result.accepted[column].dt.strftime("%Y-%m-%d").tolist()


def _flags(result: ReadResult) -> list[bool]:
    return result.accepted["fixes"].fillna("").str.startswith("check: ").tolist()


@pytest.mark.parametrize(
    "name",
    [
        "acled_export.csv",  # the export tool: "28 April 2020", CRLF
        "acled_excel_resave.csv",  # a spreadsheet re-save: "28-Apr-20"
        "acled_us_dates.csv",  # US style: "4/28/2020" proves month first, so "5/9/2020" is 9 May
        "acled_day_first.csv",  # day first: "28/4/2020" proves it, so "9/5/2020" is 9 May
        "acled_two_digit_years.csv",  # "4/28/20", "5/9/20": month first, 20 -> 2020
        "acled_api.json",  # the API's {"success": true, "data": [...]} with string values
    ],
)
def test_acled_in_every_style_reads_the_same_rows(name: str) -> None:
    result = read_incidents(FORMATS / name)
    n = 3 if name.endswith(".json") else 4
    assert result.format == ("acled-json" if name.endswith(".json") else "acled-csv")
    assert (len(result.accepted), len(result.rejected)) == (n, 0)
    acc = result.accepted
    assert acc["event_id"].tolist() == ACLED_IDS[:n]
    assert _days(result) == ACLED_DATES[:n]  # zero silently wrong dates
    assert not any(_flags(result))
    assert acc["fatalities"].tolist() == [0, 3, 1, 0][:n]
    assert acc["geo_precision"].tolist() == [1, 1, 2, 3][:n]
    assert (
        acc["event_type"].tolist() == ["Protests", "Riots", "Explosions/Remote violence", "Strategic developments"][:n]
    )
    # readers state only the radius a file states: geo_precision is kept, uncertainty_m left to the policy
    assert acc["uncertainty_m"].isna().all()
    assert acc.loc[1, "latitude"] == pytest.approx(33.305) and acc.loc[1, "longitude"] == pytest.approx(44.387)


def test_the_decided_order_is_reported() -> None:
    us = read_incidents(FORMATS / "acled_us_dates.csv")
    assert any("month first, proved by '4/28/2020'" in w for w in us.warnings)
    dmy = read_incidents(FORMATS / "acled_day_first.csv")
    assert any("day first, proved by '28/4/2020'" in w for w in dmy.warnings)


def test_an_undecidable_column_is_flagged_on_every_row_that_depends_on_it() -> None:
    result = read_incidents(FORMATS / "acled_ambiguous_dates.csv")
    # 4/3/2020, 6/5/2020, 7/7/2020, 2/11/2020: no value proves an order; 7/7 reads the same either way
    assert _days(result) == ["2020-03-04", "2020-05-06", "2020-07-07", "2020-11-02"]  # day first, documented
    assert _flags(result) == [True, True, False, True]
    assert (result.fixed, result.flagged) == (0, 3)
    assert "month first it would be 03 April 2020" in result.accepted.loc[0, "fixes"]
    assert any("no value proves the day/month order" in w for w in result.warnings)
    assert "3 flagged" in result.summary()


def test_contradictory_evidence_is_reported_and_each_proof_kept() -> None:
    result = read_incidents(FORMATS / "acled_mixed_orders.csv")
    # 28/04/2020 proves day first, 05/13/2020 proves month first: both read in their only order
    assert _days(result)[0] == "2020-04-28" and _days(result)[2] == "2020-05-13"
    assert _flags(result) == [False, True, False, True]
    assert any("contradictory day/month order" in w for w in result.warnings)


def test_old_acled_taxonomy_is_mapped_and_the_original_kept() -> None:
    result = read_incidents(FORMATS / "acled_2015_old_taxonomy.csv")
    assert result.format == "acled-csv" and len(result.accepted) == 10
    acc = result.accepted.set_index("event_id")
    assert _days(result)[0] == "2015-01-01"  # "01-January-2015"
    expected = {
        "NIG7001": ("Protests", None),  # INTER1 6: protesters
        "NIG7002": ("Riots", None),  # INTER1 5: rioters
        "NIG7003": ("Protests", None),  # neither: flagged
        "NIG7004": ("Explosions/Remote violence", None),
        "NIG7005": ("Battles", "Armed clash"),
        "NIG7006": ("Battles", "Non-state actor overtakes territory"),
        "NIG7007": ("Violence against civilians", None),
        "NIG7008": ("Strategic developments", None),
        "NIG7009": ("Strategic developments", "Headquarters or base established"),
        "NIG7010": ("Strategic developments", "Non-violent transfer of territory"),
    }
    for event_id, (event_type, sub) in expected.items():
        assert acc.loc[event_id, "event_type"] == event_type, event_id
        got = acc.loc[event_id, "sub_event_type"]
        assert (pd.isna(got) and sub is None) or got == sub, event_id
    assert acc.loc["NIG7004", "source_event_type"] == "Remote violence"
    assert pd.isna(acc.loc["NIG7007", "source_event_type"])  # unchanged name, nothing to keep
    assert acc.loc["NIG7003", "fixes"].startswith("check: event_type 'Riots/Protests'")
    assert (result.fixed, result.flagged) == (0, 1)
    assert acc.loc["NIG7002", "assoc_actor_1"] is pd.NA or pd.isna(acc.loc["NIG7002", "assoc_actor_1"])
    # Nigeria lies outside Iraq: its rows are read as they are, never "swapped" into the region
    assert acc.loc["NIG7004", "latitude"] == pytest.approx(11.8464)


@pytest.mark.parametrize("name", ["ucdp_ged.csv", "ucdp_ged_hdx.csv"])
def test_ucdp_ged_dates_deaths_and_precision(name: str) -> None:
    result = read_incidents(FORMATS / name)
    assert result.format == "ucdp-ged-csv"
    assert (result.rows_read, len(result.accepted), len(result.rejected)) == (4, 4, 0)  # the HXL row is no row
    acc = result.accepted.set_index("event_id")
    assert _days(result) == ["2014-06-10", "2014-07-01", "2014-08-01", "2014-06-20"]
    assert _days(result, "event_date_end") == ["2014-06-10", "2014-07-04", "2014-08-31", "2014-06-20"]
    # one day, a 4-day span (date_prec 2), a month (date_prec 4)
    assert acc["time_precision"].tolist() == [1, 2, 3, 1]
    assert acc["fatalities"].tolist() == [15, 9, 35, 10]
    assert acc["fatalities_low"].tolist() == [15, 7, 30, 8]
    assert acc["fatalities_high"].tolist() == [19, 12, 60, 10]
    # where_prec 1, 2 (the codebook's 25 km radius around a known point), 4 (province centroid), 1
    assert acc["geo_precision"].tolist() == [1, 2, 3, 1]
    assert acc.loc["243552", "uncertainty_m"] == 25_000
    assert acc[["uncertainty_m"]].drop(index="243552")["uncertainty_m"].isna().all()
    assert acc.loc["243553", "fixes"].startswith("check: UCDP where_prec 4")
    assert acc["event_type"].tolist() == ["Battles", "Violence against civilians", "Battles", "Battles"]
    assert acc.loc["243551", "actor1"] == "Government of Iraq" and acc.loc["243551", "actor2"] == "IS"
    assert acc.loc["243552", "location"] == "Baghdad - Sadr City"
    # the Syrian row is a valid row, at its own place
    assert acc.loc["243554", "country"] == "Syria"
    assert acc.loc["243554", "latitude"] == pytest.approx(35.336111)
    if name.endswith("hdx.csv"):
        assert any("HXL hashtag row at line 2" in w for w in result.warnings)
        assert result.accepted["source_row"].tolist() == [3, 4, 5, 6]


def test_gdelt_event_file_without_header() -> None:
    result = read_incidents(FORMATS / "gdelt_20200509150000.export.CSV")
    assert result.format == "gdelt-csv"
    assert (len(result.accepted), len(result.rejected)) == (5, 1)
    acc = result.accepted.set_index("event_id")
    assert acc["event_type"].to_dict() == {
        "920000001": "Protests",  # CAMEO 141 demonstrate or rally
        "920000002": "Explosions/Remote violence",  # 1833 roadside bombing
        "920000003": "Battles",  # 190 conventional military force
        "920000004": "Strategic developments",  # 042 make a visit
        "920000006": "Riots",  # 145 protest violently, riot
    }
    assert acc.loc["920000002", "sub_event_type"] == "Remote explosive/landmine/IED"
    assert acc.loc["920000003", "event_date"] == pd.Timestamp("2020-05-08")  # SQLDATE, not DATEADDED
    assert acc.loc["920000003", "published"] == pd.Timestamp("2020-05-09 14:45:00")
    assert (acc["geo_precision"] == 3).all()  # GDELT places at best at a city's point
    assert acc["uncertainty_m"].isna().all()
    assert acc.loc["920000001", "location"] == "Baghdad, Baghdad, Iraq"
    assert acc.loc["920000001", "latitude"] == pytest.approx(33.3386)
    assert acc.loc["920000004", "fixes"].startswith("check: GDELT placed the event only in a country")
    assert acc.loc["920000006", "fixes"].startswith("check: GDELT placed the event only in a province")
    rejected = result.rejected.iloc[0]
    assert rejected["row"] == 5 and rejected["field"] == "geometry"  # no action geography: no place


def test_gdelt_with_a_header_is_recognised_by_its_columns(tmp_path: Path) -> None:
    from geoincidents.io.formats import GDELT_COLUMNS

    body = (FORMATS / "gdelt_20200509150000.export.CSV").read_text(encoding="utf-8")
    path = tmp_path / "bigquery_export.tsv"  # the name says nothing
    path.write_text("\t".join(GDELT_COLUMNS) + "\n" + body, encoding="utf-8")
    result = read_incidents(path)
    assert result.format == "gdelt-csv" and len(result.accepted) == 5
    assert result.rejected["row"].tolist() == [6]  # the header is line 1


def test_formats_are_recognised_by_columns_never_by_name(tmp_path: Path) -> None:
    for source, fmt in (("ucdp_ged.csv", "ucdp-ged-csv"), ("acled_export.csv", "acled-csv")):
        renamed = tmp_path / "gdelt_20200101.export.CSV"
        renamed.write_bytes((FORMATS / source).read_bytes())
        assert read_incidents(renamed).format == fmt


def test_api_answer_reporting_failure_is_a_clear_error(tmp_path: Path) -> None:
    from geoincidents.io.incidents import IncidentReadError

    path = tmp_path / "acled.json"
    path.write_text(json.dumps({"success": False, "error": {"status": 403, "message": "Access denied"}}))
    with pytest.raises(IncidentReadError, match=r"reporting failure.*Access denied"):
        read_incidents(path)


def test_rows_of_a_format_keep_every_original_column() -> None:
    result = read_incidents(FORMATS / "ucdp_ged.csv")
    for col in ("relid", "where_prec", "date_prec", "type_of_violence", "geom_wkt", "deaths_civilians", "country_id"):
        assert col in result.accepted.columns, col
    assert np.array_equal(result.accepted["where_prec"].astype(int).to_numpy(), [1, 2, 4, 1])


def test_precision_codes_reach_the_certainty_policy_unchanged() -> None:
    """A row with only geo_precision is measured with the policy's radius, not as an exact point."""
    from geoincidents.proximity.certainty import GEO_PRECISION_UNCERTAINTY_M
    from geoincidents.proximity.measure import check_proximity

    acc = read_incidents(FORMATS / "acled_export.csv").accepted
    checked = check_proximity(acc).set_index("event_id")
    row = checked.loc["IRQ32004"]  # geo_precision 3: only "Baghdad" is known
    assert pd.isna(acc.set_index("event_id").loc["IRQ32004", "uncertainty_m"])
    spread = float(row["distance_max_m"]) - float(row["distance_min_m"])
    assert spread >= 2 * GEO_PRECISION_UNCERTAINTY_M[3]
    assert row["breach"] != "certain"


def test_codes_written_as_decimals_mean_the_same(tmp_path: Path) -> None:
    """A copy saved by a tool that writes every number as a decimal ("1.0") is read the same."""
    frame = pd.read_csv(FORMATS / "ucdp_ged.csv", dtype=str, keep_default_na=False)
    for col in ("where_prec", "date_prec", "type_of_violence", "best", "low", "high"):
        frame[col] = frame[col].map(lambda v: f"{float(v):.1f}")
    path = tmp_path / "ucdp_decimals.csv"
    frame.to_csv(path, index=False)
    got = read_incidents(path).accepted
    want = read_incidents(FORMATS / "ucdp_ged.csv").accepted
    for col in ("geo_precision", "time_precision", "event_type", "fatalities", "uncertainty_m", "fixes"):
        pd.testing.assert_series_equal(got[col], want[col], check_names=False)
