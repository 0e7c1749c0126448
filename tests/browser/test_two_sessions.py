"""Issue 14: the app stays responsive for other sessions while one session works on a large input.

Two real browser sessions on one real Streamlit server: the first pastes a large report (the seed
report repeated 40 times between runs of 40,000 spaces that once made one regular-expression call
hold the server's GIL for minutes) and starts the extraction; while it is at work, a second session
opens the app and must get its whole page and map. The first then ends with its result or a clear
message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geoincidents.schema import load_sample_incidents

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
RUNNING = '[data-testid="stStatusWidget"]'


def _map_drawn(page: Any, n: int, timeout_ms: int = 120000) -> None:
    page.wait_for_function(
        """([sel, n]) => {
            const frames = document.querySelectorAll(sel);
            return frames.length === 1 && !!frames[0].contentDocument &&
                frames[0].contentDocument.querySelectorAll("path.gi-incident").length === n;
        }""",
        arg=[MAP_IFRAME, n],
        timeout=timeout_ms,
    )


def test_a_second_session_renders_while_the_first_extracts_a_large_report(
    browser: Any, app_url: str, offline_page: Any
) -> None:
    n = len(load_sample_incidents())
    allowed = (app_url, "data:", "blob:", "about:")
    context_a, first, _blocked_a, dialogs_a = offline_page(browser, allowed)
    first.set_default_timeout(120000)
    first.goto(app_url)
    _map_drawn(first, n)
    seed = SEED.read_text(encoding="utf-8")
    spaces = "Demonstrators gathered" + " " * 40_000 + "near the bridge."
    big = "\n\n".join([spaces, *[seed] * 40, spaces])
    first.get_by_text("Paste a report").click()
    area = first.get_by_label("Report text")
    area.click()
    first.keyboard.insert_text(big)  # as a paste: one input event (typing it would take an hour)
    area.blur()  # Streamlit takes the text area's value when it loses the focus
    first.wait_for_selector(RUNNING, state="detached")
    first.get_by_role("button", name="Extract incidents").click()
    first.wait_for_selector(RUNNING, state="attached")  # the first session is at work

    context_b, second, _blocked_b, dialogs_b = offline_page(browser, allowed)
    second.set_default_timeout(60000)  # a frozen server keeps the second page blank for minutes
    second.goto(app_url)
    _map_drawn(second, n, timeout_ms=60000)  # the whole page of the second session, map included
    second.get_by_text("Incidents by distance to the perimeter").wait_for()
    # the first session ends with its incidents or a message saying why not (the time limit)
    outcome = first.get_by_text("incident(s) extracted").or_(first.get_by_text("Could not extract incidents"))
    outcome.first.wait_for(timeout=240000)
    assert first.get_by_text("Traceback").count() == 0
    assert dialogs_a == dialogs_b == []
    context_b.close()
    context_a.close()
