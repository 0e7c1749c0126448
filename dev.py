#!/usr/bin/env python3
"""Set up and run geoincidents with nothing but Python 3.11+ and pip.

    python3 dev.py app     # set up, then start the Streamlit app on the bundled Baghdad data
    python3 dev.py test    # set up, then run the whole test suite

Set-up is idempotent: a virtual environment in ``.venv`` with the package installed in editable mode
(re-installed only when ``pyproject.toml`` changes; ``[app]`` for the app, ``[test,dask,bench]`` for the
tests and benchmarks),
a check that the vendored offline map assets are in place (they are committed: no Node, no download),
and, for the tests, Debian's ``chromium`` for the browser tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
CHROMIUM = "/usr/bin/chromium"


def _run(cmd: list[str], **kw: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)  # type: ignore[call-overload]


def ensure_venv(extras: str) -> None:
    """Create .venv and install the package with ``extras`` when pyproject.toml changed."""
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        _run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        _run([str(PY), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"])
        stamp.write_text(digest)


def ensure_assets() -> None:
    """Check the vendored Leaflet and plugin files against the asset manifest (no network)."""
    _run([str(PY), "-m", "geoincidents.maps.assets", "verify"])


def ensure_chromium() -> None:
    """Install Debian's chromium for the browser tests when missing and we may (root with apt-get)."""
    if Path(CHROMIUM).exists():
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run(["apt-get", "update", "-qq"], env=env)
        _run(["apt-get", "install", "-y", "-qq", "chromium"], env=env)
    else:
        print(
            f"warning: {CHROMIUM} is missing and cannot be installed here (needs root and apt-get); "
            "the browser tests will fail. Install Debian's 'chromium' package.",
            file=sys.stderr,
        )


def cmd_test(extra_args: list[str]) -> int:
    ensure_venv("test,dask,bench")
    ensure_assets()
    ensure_chromium()
    return subprocess.call([str(PY), "-m", "pytest", *extra_args], cwd=ROOT)


def cmd_app(extra_args: list[str]) -> int:
    """Serve the app with ``geoincidents app`` (127.0.0.1); ``extra_args`` go to Streamlit."""
    ensure_venv("app")
    ensure_assets()
    cmd = [str(PY), "-m", "geoincidents", "app", *(["--", *extra_args] if extra_args else [])]
    print("+", " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT)


def main() -> int:
    commands = {"test": cmd_test, "app": cmd_app}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
