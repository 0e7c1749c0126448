"""Command-line conventions: ``--version``, logging with ``-v``/``-q``, results on stdout, and a light ``--help``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import geoincidents
from geoincidents.cli import main

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "geopandas", "shapely", "pyproj", "pyogrio", "numpy", "folium", "streamlit", "dask", "pyarrow")


def _python(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter (the checkout on the path); its last stdout line as JSON."""
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    loaded: list[str] = json.loads(proc.stdout.strip().splitlines()[-1])
    return loaded


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"geoincidents {geoincidents.__version__}"


def test_every_command_takes_the_common_options_before_or_after_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["-q", "config"], ["config", "-q"], ["config", "--config", "/nonexistent/g.toml"]):
        status = main(argv)
        captured = capsys.readouterr()
        if "--config" in argv:
            assert status == 2 and "--config: configuration file not found" in captured.err
        else:
            assert status == 0 and "perimeter" in captured.out


def _incident_file(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    src.write_text("event_id,lat,lon,event_date\na,33.30,44.39,3/4/2020\n")
    return src


def test_summaries_go_to_stderr_through_logging_and_quiet_silences_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _incident_file(tmp_path)
    out = tmp_path / "out.geojson"
    assert main(["proximity", str(src), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"1 incident(s) written to {out}"  # the result, on stdout
    assert f"{src}: 1 row(s) read, 1 accepted" in captured.err  # the summary, logged at INFO
    assert "warning: " in captured.err and "day/month order" in captured.err  # a warning, marked as one
    assert main(["-q", "proximity", str(src), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "row(s) read" not in captured.err and "warning: " in captured.err  # -q: warnings only
    assert captured.out.strip() == f"1 incident(s) written to {out}"  # results are never silenced
    assert main(["proximity", str(src), "-o", str(out), "-qq"]) == 0
    assert capsys.readouterr().err == ""  # -qq: errors only


def test_verbose_shows_debug_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    src = _incident_file(tmp_path)
    assert main(["-v", "proximity", str(src), "-o", str(tmp_path / "o.geojson")]) == 0
    assert logging.getLogger("geoincidents").getEffectiveLevel() == logging.DEBUG
    logging.getLogger("geoincidents.test").debug("a debug line")
    assert "debug: a debug line" in capsys.readouterr().err
    main(["config"])  # back to the default level for the tests after this one
    assert logging.getLogger("geoincidents").getEffectiveLevel() == logging.INFO


def test_the_command_line_adds_no_heavy_import_to_the_package() -> None:
    """Parsing (``--help``, ``--version``, any command's options) imports nothing beyond ``import geoincidents``."""
    code = (
        "import json, sys\n"
        "import geoincidents\n"
        "before = set(sys.modules)\n"
        "from geoincidents.cli import build_parser\n"
        "parser = build_parser()\n"
        "for argv in (['--help'], ['--version'], ['map', '--help'], ['review', 'set', '--help']):\n"
        "    try:\n"
        "        parser.parse_args(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "added = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        f"print(json.dumps(sorted(added & set({HEAVY!r}))))\n"
    )
    assert _python(code) == []


def test_help_and_version_import_no_heavy_library() -> None:
    """``geoincidents --help`` answers without pandas, geopandas, shapely, folium or streamlit."""
    code = (
        "import json, sys\n"
        "from geoincidents.cli import main\n"
        "for argv in (['--help'], ['--version'], ['review', '--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    assert _python(code) == []
