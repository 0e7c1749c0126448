"""build_map rendered to a string: layers, escaping of hostile report text, offline assets, tracks."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geoincidents.cli import main as cli_main
from geoincidents.errors import TileSourceError
from geoincidents.io.incidents import write_incidents
from geoincidents.maps.assets import AssetError, assets_ready
from geoincidents.maps.build import EVENT_COLORS, build_map, check_tile_url, event_color, save_map
from geoincidents.schema import load_sample_incidents
from geoincidents.ui.views import prepare_incidents

pytestmark = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "`${alert(1)}`",
    "back\\slash \\u003cscript\\u003e",
    "\"quotes' </script><script>alert(2)</script>",
]
URL = re.compile(r"""(?:src|href)\s*=\s*["']?(https?:)?//""", re.IGNORECASE)


@pytest.fixture(scope="module")
def sample() -> gpd.GeoDataFrame:
    return prepare_incidents(load_sample_incidents(), id_prefix="sample")


def _html(fmap: object) -> str:
    return fmap.get_root().render()  # type: ignore[attr-defined]


def _without_assets(html: str) -> str:
    """The map's own HTML and script, without the inlined libraries (which contain template literals)."""
    stripped = re.sub(r"data:[a-z/+]+(;[a-z0-9=-]+)*,[^\"]*", "data:...", html)
    assert len(stripped) < len(html) / 5
    return stripped


def test_layers_and_controls_present(sample: gpd.GeoDataFrame) -> None:
    html = _html(build_map(sample))
    for name in (
        "Distance bands",
        "Perimeter: Green Zone",
        "Bridges",
        "Gates",
        "Sit-in sites",
        "Buildings",
        f"Incidents ({len(sample)})",
        "Density (heat map)",
    ):
        assert name in html, name
    n_vague = int((sample["uncertainty_m"] >= 500).sum())
    assert n_vague >= 1
    assert f"Location uncertainty ({n_vague})" in html
    assert "L.control.layers" in html
    assert "L.Control.MiniMap" in html
    assert "L.control.fullscreen" in html or "L.Control.Fullscreen" in html
    assert "L.control.measure" in html or "L.Control.Measure" in html
    assert "gi-timeslider" in html  # two days of incidents
    assert html.count('className: "gi-incident"') == 1  # one layer object for all incidents
    assert "Incidents by event type" in html
    for etype in set(sample["event_type"].dropna()):
        assert EVENT_COLORS[etype] in html


def test_popup_has_the_evidence_and_distance(sample: gpd.GeoDataFrame) -> None:
    html = _html(build_map(sample, tiles=None))
    assert "Distance to perimeter" in html
    gate = sample[sample["landmark_id"] == "gate_14_july_bridge"].iloc[0]
    assert str(gate["event_id"]) in html
    assert "first wall of the suspension bridge" in html
    assert "Shafaq News" in html


def test_hostile_strings_are_escaped_everywhere(sample: gpd.GeoDataFrame) -> None:
    inc = sample.copy()
    n = len(inc)
    for col in ("sentence", "source", "actor1", "location", "notes", "event_id", "event_type", "landmark_id"):
        inc[col] = pd.array([HOSTILE[i % len(HOSTILE)] for i in range(n)], dtype="string")
    inc["relation"] = pd.array(["towards"] * n, dtype="string")
    inc["origin_landmark_id"] = pd.array(["sit_in_2021_jadriya"] * n, dtype="string")
    html = _without_assets(_html(build_map(inc, tiles=None)))
    for text in HOSTILE:
        assert text not in html
    assert "<img src=x" not in html
    assert "${alert" not in html
    assert "`${" not in html
    assert "</script><script>alert(2)" not in html
    # they are there, as text: HTML-escaped, with backticks, dollars and backslashes as references
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in html or "\\u0026lt;img src=x" in html
    assert "&#96;" in html or "\\u0026#96;" in html
    assert "&#36;&#123;alert(1)&#125;" in html or "\\u0026#36;\\u0026#123;alert(1)\\u0026#125;" in html
    assert "&#92;" in html or "\\u0026#92;" in html
    assert "Other / unknown type" in html  # a hostile event type is not an ACLED type


def test_no_external_script_or_stylesheet(sample: gpd.GeoDataFrame) -> None:
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    html = _html(build_map(sample, tiles=tiles, attribution="in-house tiles"))
    loads = re.findall(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", html)
    assert len(loads) >= 15
    assert all(u.startswith("data:") for u in loads), [u[:80] for u in loads if not u.startswith("data:")]
    assert not URL.search(html)
    own = _without_assets(html)
    # besides the tile template, only a comment in folium's MeasureControl template names a URL
    assert set(re.findall(r"https?://[^\s\"'<>)]+", own)) == {
        tiles,
        "https://github.com/ljagis/leaflet-measure/issues/171",
    }
    assert "data:text/javascript" in html and "data:text/css" in html


def test_no_tiles_still_draws_vectors(sample: gpd.GeoDataFrame) -> None:
    html = _html(build_map(sample, tiles=None))
    assert "L.tileLayer" not in html
    assert "Distance bands" in html and "gi-incident" in html


def test_large_sets_are_clustered_in_one_layer() -> None:
    rng = np.random.default_rng(7)
    n = 2000
    lon = 44.39 + rng.normal(0, 0.02, n)
    lat = 33.305 + rng.normal(0, 0.02, n)
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice(list(EVENT_COLORS), n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 30, n), unit="D"),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    fmap = build_map(prepare_incidents(frame), tiles=None, max_markers=300)
    html = _html(fmap)
    assert "L.markerClusterGroup" in html
    assert html.count('className: "gi-incident"') == 1
    assert html.count("L.circleMarker(") <= 3  # template code, not one object per incident
    n_children = sum(1 for _ in fmap._children)
    assert n_children < 40
    # the heat map is shown for large sets
    assert "Density (heat map)" in html


def test_tracks_from_origin_landmark(sample: gpd.GeoDataFrame) -> None:
    inc = sample.copy()
    inc["origin_landmark_id"] = pd.array([None] * len(inc), dtype="string")
    gate_row = inc.index[inc["landmark_id"] == "gate_14_july_bridge"][0]
    inc.loc[gate_row, "origin_landmark_id"] = "sit_in_2021_jadriya"
    html = _html(build_map(inc, tiles=None))
    assert "Movement tracks (1)" in html
    assert "from sit_in_2021_jadriya" in html
    assert "Movement tracks" not in _html(build_map(sample, tiles=None))


def test_incident_without_crs_is_an_error(sample: gpd.GeoDataFrame) -> None:
    with pytest.raises(ValueError, match="no CRS"):
        build_map(sample.set_crs(None, allow_override=True))


def test_event_color_falls_back_to_grey() -> None:
    assert event_color("Protests") == EVENT_COLORS["Protests"]
    assert event_color(None) == event_color("something else") == event_color(float("nan"))


def test_missing_assets_name_the_fix(sample: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import geoincidents.maps.assets as assets

    monkeypatch.setattr(assets, "vendor_dir", lambda: tmp_path / "vendor")
    assets._asset_bytes.cache_clear()
    assets.asset_data_uri.cache_clear()
    try:
        with pytest.raises(AssetError, match=r"python -m geoincidents\.maps\.assets fetch"):
            build_map(sample)
    finally:
        assets._asset_bytes.cache_clear()
        assets.asset_data_uri.cache_clear()


def test_cli_map_writes_a_standalone_file(sample: gpd.GeoDataFrame, tmp_path: Path) -> None:
    src = write_incidents(sample.drop(columns=["band", "breach", "inside"]), tmp_path / "incidents.csv")
    out = tmp_path / "map.html"
    assert cli_main(["map", str(src), "-o", str(out), "--tiles", "none"]) == 0
    html = out.read_text(encoding="utf-8")
    assert f"Incidents ({len(sample)})" in html
    assert not URL.search(html)
    assert cli_main(["map", str(tmp_path / "missing.csv"), "-o", str(out)]) == 2


def test_save_map_is_atomic_and_complete(sample: gpd.GeoDataFrame, tmp_path: Path) -> None:
    out = save_map(build_map(sample, tiles=None), tmp_path / "sub" / "m.html")
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [p.name for p in out.parent.iterdir()] == ["m.html"]


def _many(n: int, seed: int, sentence: str) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice(list(EVENT_COLORS), n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 10, n), unit="D"),
            "sentence": [sentence] * n,
            "geo_precision": rng.integers(1, 3, n),
        },
        geometry=gpd.points_from_xy(44.39 + rng.normal(0, 0.02, n), 33.305 + rng.normal(0, 0.02, n)),
        crs=4326,
    )
    return prepare_incidents(frame, id_prefix="many")


def test_very_large_sets_are_drawn_on_one_canvas_with_compact_escaped_columns() -> None:
    sentence = "Crowd said " + HOSTILE[0] + " and " + HOSTILE[1]
    frame = _many(1200, 11, sentence)
    html = _html(build_map(frame, tiles=None, max_markers=300, cluster_max=1000))
    assert "L.canvas(" in html and "L.markerClusterGroup" not in html
    assert html.count('className: "gi-incident"') == 1
    assert "Incidents (1200)" in html and "Density (heat map)" in html
    # the evidence is escaped, and written once for 1,200 incidents (a column of distinct values)
    escaped = "&lt;img src=x onerror=alert(1)&gt; and &#96;&#36;&#123;alert(1)&#125;&#96;"
    assert html.count(escaped.replace("&", "\\u0026")) == 1  # '&' is \u0026 inside the page's script
    assert "<img src=x" not in html and "${alert(1)}" not in html
    # every event id reaches the page (tooltips and popups are assembled from the columns)
    assert all(f'"{frame["event_id"].iloc[i]}"' in html for i in (0, 599, 1199))
    # the uncertainty circles of the vague locations are there too, switched off by default
    assert f"Location uncertainty ({int((frame['geo_precision'] >= 2).sum())})" in html
    # at most max(cluster_max, max_markers) incidents are clustered: up to there, no canvas
    assert "L.canvas(" not in _html(build_map(frame.iloc[:900], tiles=None, max_markers=300, cluster_max=1000))


def test_report_text_is_never_evaluated_as_a_template(sample: gpd.GeoDataFrame) -> None:
    inc = sample.copy()
    inc["sentence"] = "said {{ 7*7 }} and {% if true %}yes{% endif %} {# c #}"
    inc["actor1"] = "{{ config }}"
    html = _html(build_map(inc, tiles=None))
    # the text is there as text (braces as character references; '&' is \u0026 inside the page's script)
    shown = "said &#123;&#123; 7*7 &#125;&#125; and &#123;% if true %&#125;yes&#123;% endif %&#125; &#123;# c #&#125;"
    assert shown in html or shown.replace("&", "\\u0026") in html
    assert "said 49" not in html and "said  and" not in html
    assert "&#123;&#123; config &#125;&#125;".replace("&", "\\u0026") in html or "&#123;&#123; config" in html


def test_gazetteer_text_is_never_evaluated_as_a_template() -> None:
    from geoincidents.gazetteer.load import load_gazetteer

    gaz = load_gazetteer()
    row = gaz.index[gaz["kind"] == "building"][0]
    gaz.loc[row, "name"] = "Hall {{ 7*7 }} {% if true %}yes{% endif %}"
    html = _html(build_map(None, gazetteer=gaz, tiles=None))
    assert "Hall &#123;&#123; 7*7 &#125;&#125; &#123;% if true %&#125;yes&#123;% endif %&#125;" in html
    assert "Hall 49" not in html


# A payload that makes a folder named "pwned" in the working directory if Jinja ever evaluates it.
_RUNS_CODE = "{{ cycler.__init__.__globals__.os.mkdir(dict(pwned=1)|first) }}"


def test_tile_attribution_and_layer_name_are_never_templates(
    sample: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    fmap = build_map(
        sample.iloc[:1],
        tiles="https://tiles.example.org/{z}/{x}/{y}.png",
        attribution=f"by {{{{ 6*7 }}}} <b>bold</b> {_RUNS_CODE}",
        tiles_name=f"layer {{{{ 3*3 }}}} {_RUNS_CODE}",
    )
    html = _html(fmap)
    assert not (tmp_path / "pwned").exists()
    assert "by 42" not in html and "layer 9" not in html
    # both are there as escaped text (inside the page's JSON, where '&' is \u0026)
    assert "by \\u0026#123;\\u0026#123; 6*7 \\u0026#125;\\u0026#125; \\u0026lt;b\\u0026gt;bold" in html
    assert "layer \\u0026#123;\\u0026#123; 3*3" in html
    assert "<b>bold</b>" not in html


@pytest.mark.parametrize(
    "url",
    [
        "https://tiles.example.org/{z}/{x}/{y}.png?k={{7*7}}",
        f"https://tiles.example.org/{{z}}/{{x}}/{{y}}.png?{_RUNS_CODE}",
        "https://tiles.example.org/{z}/{x}/{y}.png{% if 1 %}x{% endif %}",
        "https://tiles.example.org/{z}/{x}/{y}.png{# c #}",
        "https://tiles.example.org/{z}/{x}/{y}.png?k={foo}",
        "javascript:alert(1)//{z}/{x}/{y}",
        "data:text/html,{z}{x}{y}",
        "https://tiles.example.org/{z}/{x}.png",
        "https:///{z}/{x}/{y}.png",
        "https://tiles.example.org/{z}/{x}/{y}.png\n<script>",
        "OpenStreetMap",
        "",
    ],
)
def test_a_bad_tile_url_is_refused_before_anything_renders(
    url: str, sample: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TileSourceError, match="tile URL template"):
        build_map(sample.iloc[:1], tiles=url)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "url",
    [
        "https://tiles.example.org/{z}/{x}/{y}.png",
        "http://10.0.0.5:8080/osm/{z}/{x}/{y}.png?style=plain",
        "https://{s}.tile.example.org/{z}/{x}/{-y}{r}.png",
        "file:///srv/tiles/{z}/{x}/{y}.png",
        "/srv/tiles/{z}/{x}/{y}.png",
        "tiles/{z}/{x}/{y}.png",
        "C:\\tiles\\{z}\\{x}\\{y}.png",
    ],
)
def test_tile_url_templates_that_are_accepted(url: str) -> None:
    assert check_tile_url(f"  {url} ") == url


def test_tiles_need_an_attribution(sample: gpd.GeoDataFrame) -> None:
    with pytest.raises(TileSourceError, match="attribution"):
        build_map(sample.iloc[:1], tiles="https://tiles.example.org/{z}/{x}/{y}.png", attribution="  ")


def test_cli_map_refuses_a_template_tile_url_and_keeps_a_template_attribution_as_text(
    sample: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    src = write_incidents(sample.drop(columns=["band", "breach", "inside"]), tmp_path / "incidents.csv")
    out = tmp_path / "map.html"
    bad = f"https://tiles.example.org/{{z}}/{{x}}/{{y}}.png?{_RUNS_CODE}"
    assert cli_main(["map", str(src), "-o", str(out), "--tiles", bad]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geoincidents map: error: --tiles: the tile URL template") and err.count("\n") == 1
    assert not out.exists() and not (tmp_path / "pwned").exists()
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"  # attribution is shown with base tiles only
    code = cli_main(
        ["map", str(src), "-o", str(out), "--tiles", tiles, "--attribution", f"tiles {{{{ 7*7 }}}} {_RUNS_CODE}"]
    )
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert "tiles 49" not in html and "tiles \\u0026#123;\\u0026#123; 7*7" in html
    assert not (tmp_path / "pwned").exists()
