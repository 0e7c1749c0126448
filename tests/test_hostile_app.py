"""The analyst app (AppTest) fed the malformed-file battery: a message and the rejected rows, never a
traceback, and the rest of the page keeps working; plus the upload size limit and the localhost binding."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geoincidents.io.incidents import MAX_INPUT_BYTES, IncidentReadError
from geoincidents.labels import column_title
from geoincidents.maps.assets import assets_ready
from geoincidents.ui.views import read_upload

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "data" / "bad"
EXPECTED: dict[str, dict[str, object]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
APP = str(ROOT / "app.py")

needs_assets = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)


def _metric(at: AppTest, label: str) -> str | None:
    return next((str(m.value) for m in at.metric if m.label.startswith(label)), None)


def _sample_page_works(at: AppTest) -> None:
    at.radio(key="source_kind").set_value("Bundled sample").run()
    assert not at.exception, [e.value for e in at.exception]
    shown = _metric(at, "Incidents shown")
    assert shown is not None and shown.split(" of ")[0] == shown.split(" of ")[1] and int(shown.split(" of ")[0]) > 0


@needs_assets
@pytest.mark.slow
def test_battery_uploads_never_break_the_page() -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    for name, expected in sorted(EXPECTED.items()):
        at.radio(key="source_kind").set_value("Upload a file").run()
        at.file_uploader(key="upload").upload(name, (BAD / name).read_bytes(), "application/octet-stream").run()
        assert not at.exception, (name, [e.value for e in at.exception])
        errors = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]  # the app escapes markdown
        if "error" in expected:
            assert any(name in e and str(expected["error"]) in e for e in errors), (name, errors)
            assert not any("Traceback" in e for e in errors)
            continue
        rejected = int(str(expected["rejected"]))
        accepted = int(str(expected["accepted"]))
        if rejected:
            assert any(f"{rejected} of {rejected + accepted} row(s) rejected" in e for e in errors), (name, errors)
            table = next(d.value for d in at.dataframe if "Reason" in d.value.columns)  # titled for a person
            assert len(table) == rejected and table["Reason"].str.len().gt(0).all()
        if accepted:
            assert _metric(at, "Incidents shown") == f"{accepted} of {accepted}", name
        # whatever the upload was, the rest of the page is still there
        assert [t.value for t in at.title] == ["Incidents near the Green Zone"], name
        assert at.text_area(key="report_text") is not None and at.radio(key="source_kind") is not None
    # and the sample loads again after all of that
    _sample_page_works(at)


@needs_assets
def test_hostile_text_in_an_upload_stays_text() -> None:
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>`${alert(3)}`"
    quoted = payload.replace('"', '""')
    data = (
        "event_id,event_date,latitude,longitude,location,source\n"
        f'H1,2019-10-25,33.3128,44.3615,"{quoted}","{quoted}"\n'
        f'H2,2019-10-25,not-a-number,44.3615,"{quoted}",x\n'
    ).encode()
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.radio(key="source_kind").set_value("Upload a file").run()
    at.file_uploader(key="upload").upload("hostile.csv", data, "text/csv").run()
    assert not at.exception
    titles = (column_title("location"), column_title("source"))  # the app titles its tables for a person
    cells = [str(v) for d in at.dataframe for col in titles if col in d.value for v in d.value[col]]
    assert cells.count(payload) >= 3  # the incidents table, the alerts and the rejected row show it as text
    markdown = " ".join(m.value for m in at.markdown)
    assert "<script>alert(1)" not in markdown and "onerror=alert" not in markdown


def test_upload_size_limit_in_config_and_library() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_INPUT_BYTES
    assert config["server"]["address"] == "127.0.0.1"
    too_big = b"event_id,lat,lon\n" + b"1,33.3,44.4\n" * (MAX_INPUT_BYTES // 12 + 1)
    assert len(too_big) > MAX_INPUT_BYTES
    with pytest.raises(IncidentReadError, match=r"huge\.csv: .*limit"):
        read_upload("huge.csv", too_big)


def test_app_command_binds_to_localhost() -> None:
    from geoincidents.ui.launch import app_command

    cmd = app_command()
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1"
    dev = (ROOT / "dev.py").read_text(encoding="utf-8")
    assert '"-m", "geoincidents", "app"' in dev  # python3 dev.py app serves through that same command
    assert "python3 dev.py app" in (ROOT / "README.md").read_text(encoding="utf-8")


@needs_assets
@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> Protesters stormed the Green Zone near the Jumhuriya Bridge on Saturday. ${x}",
        "\u200f\u202e" * 500 + "![pixel](http://198.51.100.7/p.png) [x](javascript:alert(1))",
        "x" * 300_000,
    ],
    ids=["html-payload", "rtl-and-markdown", "300k-characters"],
)
def test_pasted_hostile_text_never_breaks_the_page(text: str) -> None:
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.text_area(key="report_text").set_value(text)
    at.text_input(key="report_source").set_value("<img src=x onerror=alert(1)>")
    at.button(key="extract_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success or at.error  # a result or a clear message
    assert [t.value for t in at.title] == ["Incidents near the Green Zone"]
    for block in at.markdown:
        assert "<script>" not in block.value and "onerror=" not in block.value
