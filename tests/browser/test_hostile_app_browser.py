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
