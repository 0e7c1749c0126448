"""escape_text on hostile payloads, alone and inside rendered folium HTML."""

from __future__ import annotations

import html
import math
import re

import folium
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.maps.escape import escape_text

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "`; alert(1); `",
    "${alert(1)}",
    "`${alert(document.cookie)}`",
    "\\`${alert(1)}\\`",
    "\\u0060${alert(1)}",
    "</div></script><script>alert(1)</script>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    "متظاهرون <script>alert('عربي')</script> \u202e\u200f",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "alert(1) {{ 7*7 }} {% for x in [1] %}{{ x }}{% endfor %}",
]
_UNSAFE = re.compile(r"[<>\"'`$\\{}]")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_are_inert_and_read_back(payload: str) -> None:
    escaped = escape_text(payload)
    assert not _UNSAFE.search(escaped), escaped
    assert html.unescape(escaped) == payload  # the reader sees exactly what the report said


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, pd.NaT])
def test_missing_values(missing: object) -> None:
    assert escape_text(missing) == ""
    assert escape_text(missing, missing="unknown") == "unknown"


def test_non_string_values() -> None:
    assert escape_text(3) == "3"
    assert escape_text(math.inf) == "inf"
    assert escape_text(["<b>"]) == "[&#x27;&lt;b&gt;&#x27;]"


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_is_inert(text: str) -> None:
    escaped = escape_text(text)
    assert not _UNSAFE.search(escaped)
    assert html.unescape(escaped) == text


def _render(payload: str) -> str:
    fmap = folium.Map(location=[33.3128, 44.3615], zoom_start=13, tiles=None)
    safe = escape_text(payload)
    folium.Marker([33.3128, 44.3615], popup=folium.Popup(safe), tooltip=folium.Tooltip(safe)).add_to(fmap)
    folium.CircleMarker([33.31, 44.36], radius=5, popup=safe, tooltip=safe).add_to(fmap)
    return fmap.get_root().render()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_rendered_folium_html_carries_no_live_payload(payload: str) -> None:
    page = _render(payload)
    assert "alert(" in page  # the text is there, shown as text...
    # ...but never as markup or as a break-out of folium's JavaScript template literals.
    for live in ("<script>alert", "<img src=x", "<svg/onload", "${alert", "`; alert", 'href="javascript'):
        assert live not in page, live
    assert len(re.findall(r"<script\b", page)) == page.count("</script>")


def test_template_syntax_is_never_evaluated_by_folium() -> None:
    page = _render("sum {{ 7*7 }} {% if true %}yes{% endif %} end")
    assert "sum 49" not in page and " yes end" not in page
    assert "sum &#123;&#123; 7*7 &#125;&#125; &#123;% if true %&#125;yes&#123;% endif %&#125; end" in page


def test_build_map_escapes_incident_and_gazetteer_text() -> None:
    from geoincidents.gazetteer.load import load_gazetteer
    from geoincidents.maps.build import build_map
    from geoincidents.schema import load_sample_incidents
    from geoincidents.ui.views import prepare_incidents

    inc = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    for j, col in enumerate(("event_type", "actor1", "location", "source", "sentence", "notes", "relation")):
        inc[col] = pd.array([PAYLOADS[(i + j) % len(PAYLOADS)] for i in range(len(inc))], dtype="string")
    gaz = load_gazetteer().copy()
    for j, col in enumerate(("name", "name_ar", "notes", "source")):
        gaz[col] = [PAYLOADS[(i + j) % len(PAYLOADS)] for i in range(len(gaz))]
    page = build_map(inc, gazetteer=gaz, tiles=None).get_root().render()
    assert "alert(" in page
    for live in ("<script>alert", "<img src=x", "<svg/onload", "${alert", "`; alert", 'href="javascript'):
        assert live not in page, live
