"""``geoincidents app`` serves the packaged analyst app; its Streamlit settings ship beside the script."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest
from _serve import free_port, wait_healthy

from geoincidents.ui import APP_SCRIPT
from geoincidents.ui.launch import app_command

ROOT = Path(__file__).resolve().parents[1]


def test_the_packaged_streamlit_settings_are_the_checkout_ones() -> None:
    packaged = APP_SCRIPT.parent / ".streamlit" / "config.toml"
    assert packaged.read_bytes() == (ROOT / ".streamlit" / "config.toml").read_bytes()
    config = tomllib.loads(packaged.read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["client"]["showErrorDetails"] == "none"


def test_app_command_serves_the_packaged_script_locally_and_passes_options_last() -> None:
    cmd = app_command(port=8600, streamlit_args=["--theme.base", "dark"])
    assert cmd[:5] == [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT)]
    options = dict(zip(cmd[5::2], cmd[6::2], strict=True))
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.port"] == "8600"
    assert options["--server.headless"] == "true"
    assert options["--browser.gatherUsageStats"] == "false"
    assert cmd[-2:] == ["--theme.base", "dark"]


@pytest.mark.slow
@pytest.mark.parametrize("entry", [["-m", "geoincidents"], ["-c", "from geoincidents.cli import main; main()"]])
def test_geoincidents_app_serves_from_any_folder_and_stops_on_sigterm(entry: list[str], tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "app.log"
    env = {k: v for k, v in os.environ.items() if k != "GEOINCIDENTS_TILES"}
    with log.open("wb") as fh:
        # run from an empty folder: no checkout's .streamlit/config.toml or app.py around
        proc = subprocess.Popen(
            [sys.executable, *entry, "app", "--port", str(port), "--", "--server.fileWatcherType", "none"],
            cwd=tmp_path,
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc, log)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
                assert b"<html" in page.read().lower()
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) is not None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    with pytest.raises(OSError):  # Streamlit stopped with the command, nothing left serving
        urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)


def test_geoincidents_app_without_streamlit_names_the_extra(tmp_path: Path) -> None:
    blocker = (  # streamlit unavailable, as if not installed
        "import sys\nsys.modules['streamlit'] = None\n"
        "from geoincidents.cli import main\nraise SystemExit(main(['app']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", blocker], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "geoincidents app: error: the analyst app needs the optional 'app' extra (streamlit is not installed): "
        "pip install 'geoincidents[app]'"
    )
