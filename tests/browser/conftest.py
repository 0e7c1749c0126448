"""Fixtures for the browser tests: Debian's chromium through Playwright, and the real app.

The app is started with ``streamlit run`` on a free port and the tests wait on its health endpoint
(no sleeps). When chromium (or Playwright) is missing the tests are skipped locally, and FAIL in CI
(``CI`` set), where ``.ci/run`` installs chromium.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _serve import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("GEOINCIDENTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Debian chromium driven by Playwright (never a downloaded browser)."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    from geoincidents.maps.assets import assets_ready

    if not assets_ready():
        pytest.fail("offline map assets are not fetched; run: python -m geoincidents.maps.assets fetch")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """The real app, started with ``python -m streamlit run app.py`` on a free port."""
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    log = ARTIFACTS / "streamlit.log"
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.address",
        "127.0.0.1",
        "--server.fileWatcherType",
        "none",
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    env.pop("GEOINCIDENTS_TILES", None)  # the app as it starts on a fresh machine: offline
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=env)
        try:
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _offline_page(browser: Any, allowed: tuple[str, ...]) -> tuple[Any, Any, list[str], list[str]]:
    """A page on which only ``allowed`` URL prefixes load; records blocked URLs and dialogs."""
    context = browser.new_context(viewport={"width": 1500, "height": 1300})
    # a loaded CI machine (the whole suite on two cores) can take more than Playwright's default 30 s to open a
    # saved map of inlined scripts and fonts; every step waits on a condition, never on a sleep
    context.set_default_timeout(90000)
    page = context.new_page()
    blocked: list[str] = []
    dialogs: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(allowed):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    def on_dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    page.on("dialog", on_dialog)
    return context, page, blocked, dialogs


@pytest.fixture()
def offline_page() -> Any:
    """The factory ``offline_page(browser, allowed) -> (context, page, blocked URLs, dialogs)``."""
    return _offline_page
