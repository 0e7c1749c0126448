"""Offline Leaflet and plugin assets: vendored from their upstream npm packages, inlined into maps.

Analysts on air-gapped networks (and these test machines) have no content-delivery network, so a
folium map must not link to one. The files the maps use from the npm packages named in
``_assets/manifest.json`` (Leaflet, jQuery, Bootstrap, Font Awesome, and the Leaflet plugins), each with
its licence, are committed under ``_assets/vendor/`` and ship inside the wheel and the sdist: installing
and running need neither Node nor a network. :func:`localize_map` replaces every JavaScript and CSS link
of a folium map and its plugins by a ``data:`` URI of the local file (CSS with its images and fonts
inlined too), so a saved HTML map, and the map inside Streamlit's component iframe, render with no
network at all.

Maintainers refresh the vendored files with ``fetch``: it downloads each package's tarball from the npm
registry with the standard library (:data:`REGISTRY`, ``https://registry.npmjs.org/NAME/-/BASE-VERSION.tgz``),
checks it against the integrity hash the manifest pins (the registry's ``dist.integrity``) and unpacks
only the listed files. Adding a package is: a manifest entry, ``fetch``, commit the new folder.

Command line::

    python -m geoincidents.maps.assets fetch     # maintainers: download what is missing or outdated
    python -m geoincidents.maps.assets verify    # check the vendored files against the manifest
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import logging
import mimetypes
import re
import shutil
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
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
    "REGISTRY",
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

_log = logging.getLogger(__name__)
_ASSETS_DIR = Path(__file__).resolve().parent / "_assets"
_MANIFEST = _ASSETS_DIR / "manifest.json"
_STAMP = "integrity.txt"  # not a dotfile: package data globs skip those
_FETCH_HINT = (
    "the package ships them in geoincidents/maps/_assets/vendor; reinstall it, or in a checkout run: "
    "python -m geoincidents.maps.assets fetch"
)
REGISTRY = "https://registry.npmjs.org"
"""The npm registry ``fetch`` downloads from (``--registry URL`` names a mirror instead)."""
_MAX_TARBALL_BYTES = 64 * 1024 * 1024  # the largest pinned tarball (Font Awesome) is about 6 MB

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
        """``name@version``."""
        return f"{self.name}@{self.version}"

    @property
    def folder(self) -> str:
        """Folder name under the vendor directory (scoped names flattened)."""
        return self.spec.replace("/", "__")

    def tarball_url(self, registry: str = REGISTRY) -> str:
        """The tarball's address: ``REGISTRY/NAME/-/BASE-VERSION.tgz`` (BASE: the name without its scope)."""
        base = self.name.rsplit("/", 1)[-1]
        return f"{registry.rstrip('/')}/{self.name}/-/{base}-{self.version}.tgz"

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


def _download(url: str, what: str) -> bytes:
    """The bytes at ``url`` (at most :data:`_MAX_TARBALL_BYTES`), read with the standard library."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data: bytes = response.read(_MAX_TARBALL_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        raise AssetError(f"{what}: download of {url} failed: {exc}") from exc
    if len(data) > _MAX_TARBALL_BYTES:
        raise AssetError(f"{what}: {url} is larger than {_MAX_TARBALL_BYTES} bytes")
    return data


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
    *,
    force: bool = False,
    manifest: str | Path | None = None,
    target: str | Path | None = None,
    registry: str | None = None,
) -> list[str]:
    """Download, verify and unpack every package of the manifest that is not already in place.

    A maintainer's command: the package ships the unpacked files, so users never call it. Each tarball
    comes from the npm registry over HTTPS with the standard library and must match the integrity hash
    the manifest pins before anything of it is unpacked. Progress goes to this module's logger.

    Parameters
    ----------
    force
        Fetch again even when the unpacked files are present.
    manifest
        Manifest file (default the bundled one).
    target
        Vendor folder (default :func:`vendor_dir`).
    registry
        Registry base address (default :data:`REGISTRY`; a mirror's address works the same way).

    Returns
    -------
    list of str
        ``name@version`` of the packages fetched in this call (empty when all were in place).

    Raises
    ------
    AssetError
        When a download fails, or a tarball does not match its pinned integrity or lacks a listed file.
    """
    packages = load_manifest(manifest)
    root = Path(target) if target is not None else vendor_dir()
    base = registry or REGISTRY
    todo = [p for p in packages if force or not _package_ready(p, root)]
    if not todo:
        _log.info("offline map assets: all %d packages in place in %s", len(packages), root)
        return []
    root.mkdir(parents=True, exist_ok=True)
    for package in todo:
        url = package.tarball_url(base)
        _log.info("offline map assets: fetching %s from %s", package.spec, url)
        data = _download(url, package.spec)
        _check_integrity(data, package.integrity, f"{package.spec} ({url})")
        _install(package, data, root)
    for folder in _stale_folders(packages, root):
        _log.info("offline map assets: removing %s (not in the manifest)", folder.name)
        shutil.rmtree(folder)
    _asset_bytes.cache_clear()
    asset_data_uri.cache_clear()
    return [p.spec for p in todo]


def _install(package: AssetPackage, tarball: bytes, root: Path) -> None:
    """Unpack ``package``'s listed files into ``root/FOLDER`` through a staging folder (all or nothing)."""
    staging = Path(tempfile.mkdtemp(prefix=f".{package.folder}.", dir=root))
    try:
        with tempfile.TemporaryDirectory(prefix="geoincidents-assets-") as tmp:
            path = Path(tmp) / "package.tgz"
            path.write_bytes(tarball)
            _unpack(package, path, staging)
        (staging / _STAMP).write_text(package.integrity + "\n", encoding="utf-8")
        final = root / package.folder
        if final.exists():
            shutil.rmtree(final)
        staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def verify_assets(*, manifest: str | Path | None = None, target: str | Path | None = None) -> list[str]:
    """Return the problems with the vendored assets (an empty list when they match the manifest exactly).

    A problem is a manifest package missing or unpacked for another version, or a package folder the
    manifest no longer names (it would ship in the wheel for nothing; ``fetch`` removes it).
    """
    root = Path(target) if target is not None else vendor_dir()
    packages = load_manifest(manifest)
    problems = [
        f"{package.spec}: missing or fetched for another version in {root / package.folder}"
        for package in packages
        if not _package_ready(package, root)
    ]
    problems += [f"{folder}: not in the manifest (remove it)" for folder in _stale_folders(packages, root)]
    return problems


def _stale_folders(packages: Sequence[AssetPackage], root: Path) -> list[Path]:
    """Package folders under ``root`` (they hold an integrity stamp) that no manifest package names."""
    named = {p.folder for p in packages}
    if not root.is_dir():
        return []
    return sorted(d for d in root.iterdir() if d.is_dir() and (d / _STAMP).is_file() and d.name not in named)


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
    p = sub.add_parser("fetch", help="download the pinned npm packages into the vendor folder (idempotent)")
    p.add_argument("--force", action="store_true", help="fetch again even when in place")
    p.add_argument("--registry", help=f"npm registry base address (default {REGISTRY})")
    sub.add_parser("verify", help="check that every pinned package is unpacked, and nothing else")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if args.command == "fetch":
            fetched = fetch_assets(force=args.force, registry=args.registry)
            if fetched:
                print(f"offline map assets: fetched {len(fetched)} package(s) into {vendor_dir()}; commit them")
            return 0
        problems = verify_assets()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("fix: python -m geoincidents.maps.assets fetch", file=sys.stderr)
            return 1
        print(f"offline map assets: all in place in {vendor_dir()}")
        return 0
    except AssetError as exc:
        print(f"geoincidents.maps.assets: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
