"""The package installs with pip, finds its data from any folder, and imports light with optional extras."""

from __future__ import annotations

import ast
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import geoincidents
from geoincidents._optional import EXTRAS, require
from geoincidents.errors import GeoincidentsError, MissingExtraError

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "geopandas", "shapely", "pyproj", "pyarrow", "folium", "streamlit", "dask", "distributed", "tqdm")

# Run before the code under test: the listed modules are unavailable, as if not installed (a None entry in
# sys.modules is Python's own "cannot be imported": import raises ModuleNotFoundError, find_spec says None).
_BLOCK = "import sys\nfor _name in BLOCKED:\n    sys.modules[_name] = None\n"


def _python(code: str, *, blocked: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    prelude = f"BLOCKED = {set(blocked)!r}\n{_BLOCK}\n" if blocked else ""
    return subprocess.run(
        [sys.executable, "-c", prelude + code], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )


def test_import_geoincidents_loads_no_heavy_library() -> None:
    proc = _python(f"import sys, geoincidents; print([m for m in {HEAVY!r} if m in sys.modules])")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_every_public_name_resolves_and_the_type_checking_imports_match() -> None:
    for name in geoincidents.__all__:
        assert getattr(geoincidents, name) is not None
    tree = ast.parse(Path(geoincidents.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    typed = {(a.name, n.module) for n in block.body if isinstance(n, ast.ImportFrom) for a in n.names}
    assert typed == {(name, module) for name, module in geoincidents._LAZY.items()}
    assert set(geoincidents._LAZY) <= set(geoincidents.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = geoincidents.nothing_here


def test_core_works_without_the_maps_extra_and_maps_name_it() -> None:
    code = (
        "import geoincidents as g\n"
        "incidents = g.load_sample_incidents()\n"
        "out = g.check_proximity(incidents)\n"
        "print(len(out), 'distance_min_m' in out.columns)\n"
        "try:\n"
        "    g.build_map(out)\n"
        "except g.MissingExtraError as exc:\n"
        "    print('ERR', exc)\n"
    )
    proc = _python(code, blocked=("folium", "streamlit", "streamlit_folium"))
    assert proc.returncode == 0, proc.stderr
    counts, err = proc.stdout.strip().splitlines()
    assert int(counts.split()[0]) >= 3 and counts.endswith("True")
    assert err.startswith("ERR drawing maps needs the optional 'maps' extra (folium is not installed)")
    assert err.endswith("pip install 'geoincidents[maps]'")


def test_the_cli_map_command_without_folium_ends_in_one_line_naming_the_extra(tmp_path: Path) -> None:
    args = [str(ROOT / "data" / "sample_incidents.csv"), "-o", str(tmp_path / "m.html")]
    code = f"from geoincidents.cli import main; raise SystemExit(main(['map', *{args!r}]))"
    proc = _python(code, blocked=("folium",))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "pip install 'geoincidents[maps]'" in proc.stderr
    assert not (tmp_path / "m.html").exists()


def test_require_names_the_extra_and_is_a_geoincidents_and_import_error() -> None:
    proc = _python(
        "from geoincidents._optional import require\nrequire('dask', 'Dask support')", blocked=("dask_geopandas",)
    )
    assert "MissingExtraError: Dask support needs the optional 'dask' extra" in proc.stderr
    assert "pip install 'geoincidents[dask]'" in proc.stderr
    assert issubclass(MissingExtraError, GeoincidentsError) and issubclass(MissingExtraError, ImportError)
    require("maps", "drawing maps")  # installed here: no error
    assert set(EXTRAS) == {"maps", "app", "dask"}


def test_extract_progress_is_logged_when_tqdm_is_missing(caplog: pytest.LogCaptureFixture) -> None:
    from geoincidents.extraction import pipeline

    caplog.set_level(logging.INFO, logger="geoincidents.extraction.pipeline")
    seen = list(pipeline._logged_progress(iter(range(2 * pipeline.PROGRESS_EVERY + 5))))
    assert len(seen) == 2 * pipeline.PROGRESS_EVERY + 5
    assert [r.getMessage() for r in caplog.records] == [
        f"extracting: {pipeline.PROGRESS_EVERY} reports read",
        f"extracting: {2 * pipeline.PROGRESS_EVERY} reports read",
        f"extracting: {2 * pipeline.PROGRESS_EVERY + 5} reports read, done",
    ]


@pytest.mark.slow
def test_pip_install_ships_the_data(pip_installed: Path, tmp_path: Path) -> None:
    target = pip_installed
    assert (target / "geoincidents" / "data" / "gazetteer.geojson").is_file()
    code = (
        "import geoincidents, pathlib; g = geoincidents.load_gazetteer(); "
        "assert 'site' in pathlib.Path(geoincidents.__file__).parts, geoincidents.__file__; "
        "s = geoincidents.load_sample_incidents(); print(len(g), len(s))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=tmp_path, capture_output=True, text=True, env=env
    )
    n_landmarks, n_incidents = map(int, out.stdout.split())
    assert n_landmarks > 30 and n_incidents >= 3
