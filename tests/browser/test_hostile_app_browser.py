"""The real app in Chromium given an unreadable upload whose content (echoed in the error message) is hostile
markdown/HTML: the message shows it as text, nothing is fetched from outside, no dialog opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OUTSIDE = "http://198.51.100.7"  # TEST-NET-2: never a real host


def test_unreadable_upload_message_is_text(browser: Any, app_url: str, tmp_path: Path, offline_page: Any) -> None:
    # No coordinate columns: the error message quotes the header, which is hostile markdown and HTML.
    header = f"![pixel]({OUTSIDE}/pixel.png),[click](javascript:alert(1)),<img src=x onerror=alert(2)>,**bold**"
    upload = tmp_path / "hostile_header.csv"
    upload.write_text(header + "\n1,2,3,4\n", encoding="utf-8")
    context, page, requested, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    page.goto(app_url)
    page.get_by_text("Upload a file").click()
    page.locator('input[type="file"]').set_input_files(str(upload))
    alert = page.locator('[data-testid="stAlert"]', has_text="no latitude/longitude columns")
    alert.wait_for(timeout=60000)
    text = alert.inner_text()
    assert "javascript:alert(1)" in text or "click" in text
    assert alert.locator("img").count() == 0, "markdown or HTML from the file became an image"
    assert alert.locator('a[href^="javascript"]').count() == 0
    page.get_by_text("Bundled sample").click()  # the rest of the page still works
    page.locator('iframe[title="streamlit_folium.st_folium"]').wait_for(timeout=60000)
    assert not [u for u in requested if u.startswith(OUTSIDE)], requested
    assert dialogs == []
    context.close()


def test_review_message_shows_the_analysts_markdown_as_text(
    browser: Any, app_url: str, tmp_path: Path, offline_page: Any
) -> None:
    """Issue 14: the analyst name was rendered as Markdown; an image link made the browser fetch a URL."""
    import sys

    from geoincidents.store.incident_store import IncidentStore

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from _store_helpers import landmark_incidents

    store = tmp_path / "review.gpkg"
    with IncidentStore(store) as s:
        s.add_incidents(landmark_incidents(3))
    analyst = f"![pixel]({OUTSIDE}/analyst.png) **amal** -> :red[x] :streamlit: >= 1"
    reason = f"<img src={OUTSIDE}/reason.png> [more]({OUTSIDE}/more) $x^2$"
    context, page, requested, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    page.set_default_timeout(120000)  # a loaded machine: each step waits on the app, never on a sleep
    page.goto(app_url)
    page.get_by_text("Incident store", exact=True).click()
    path_input = page.get_by_role("textbox", name="Store file (GeoPackage)")
    path_input.fill(str(store))
    path_input.press("Enter")
    page.get_by_role("textbox", name="Analyst").wait_for(timeout=120000)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=120000)
    option = page.get_by_role("option", name="verified", exact=True)
    for _ in range(3):  # a rerun that starts as the list opens closes it again: open it anew
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=120000)
        page.get_by_label("New status").click()
        try:
            option.wait_for(timeout=10000)
            break
        except Exception:
            page.keyboard.press("Escape")
    option.click()
    page.get_by_role("textbox", name="Analyst").fill(analyst)
    page.get_by_role("textbox", name="Reason").fill(reason)
    page.get_by_role("button", name="Change status").click()
    alert = page.locator('[data-testid="stAlert"]', has_text="verified, by")
    alert.wait_for(timeout=120000)
    text = alert.inner_text().replace("\u2060", "")  # invisible word joiners keep "->" from becoming an arrow
    assert f"ev00000: unverified -> verified, by {analyst} ({reason})." in text, text  # as typed
    assert alert.locator("img, a, strong, em, .katex").count() == 0
    assert not [u for u in requested if u.startswith(OUTSIDE)], requested
    assert dialogs == []
    context.close()
