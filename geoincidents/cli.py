"""The ``geoincidents`` command line: thin wrappers over the library.

Each sub-command parses its arguments, calls one library function and reports. A bad input ends
with exit status 2 and a one-line reason on stderr, never a traceback. The commands that read an
incident file (``proximity``, ``map``) print a one-line summary of the rows read, accepted, fixed,
flagged and rejected on stderr and end with the status of :data:`READ_EXIT_STATUS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geoincidents.errors import GeoincidentsError
from geoincidents.io.geojson import export_layers, write_geojson
from geoincidents.schema import load_sample_incidents
from geoincidents.store._folder import MAX_FILE_BYTES, SETTLE_S

if TYPE_CHECKING:
    from geoincidents.io.incidents import ReadResult

__all__ = ["EXIT_NONE_ACCEPTED", "EXIT_SOME_REJECTED", "EXIT_UNREADABLE", "READ_EXIT_STATUS", "build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]

EXIT_UNREADABLE = 2
"""The input cannot be read at all, or an argument is wrong."""
EXIT_SOME_REJECTED = 3
"""Some rows were rejected; the accepted ones were written."""
EXIT_NONE_ACCEPTED = 4
"""No row was accepted (every row rejected, or no rows at all); no output but the rejected rows."""
READ_EXIT_STATUS = f"""exit status:
  0  every row read was accepted (some may be fixed or flagged: the summary on stderr counts them)
  {EXIT_UNREADABLE}  the input cannot be read at all, or an argument is wrong (one line on stderr says why)
  {EXIT_SOME_REJECTED}  some rows were rejected: the accepted rows are written, the rejected ones with
     their reasons in OUTPUT_rejected.csv beside the output
  {EXIT_NONE_ACCEPTED}  no row was accepted (every row rejected, or the file has no rows): no output is
     written, only OUTPUT_rejected.csv"""
_INPUT_HELP = (
    "incident file: ACLED export (CSV or API JSON), UCDP GED, GDELT 2.0 events, or any CSV/GeoJSON/GeoPackage "
    "with positions (see docs/input-formats.md)"
)
_CRS_HELP = (
    "CRS of the file's coordinates when it declares none, e.g. EPSG:32638 for UTM zone 38N x/y columns "
    "(default: EPSG:4326, longitude/latitude)"
)


def _cmd_layers(args: argparse.Namespace) -> int:
    incidents = None
    if not args.no_incidents:
        incidents = load_sample_incidents(args.incidents) if args.incidents else load_sample_incidents()
    written = export_layers(args.out, incidents, gazetteer=args.gazetteer, perimeter=args.perimeter)
    for name, path in written.items():
        print(f"{name}: {path}")
    return 0


def _cmd_osm(args: argparse.Namespace) -> int:
    from geoincidents.gazetteer.osm import refresh_from_osm

    frame, report = refresh_from_osm(args.extract, base=args.base, add_new=args.add_new)
    frame = frame.copy()
    frame["aliases"] = frame["aliases"].map(list)
    write_geojson(frame, args.output, id_column="landmark_id")
    print(report.summary())
    for lid, ids in sorted(report.updated.items()):
        print(f"  updated {lid}: {', '.join(ids)}")
    for lid in report.added:
        print(f"  added {lid}")
    print(f"written: {args.output}")
    return 0


def _read(args: argparse.Namespace) -> ReadResult:
    """Read the command's incident file; its notes and the one-line summary go to stderr."""
    from geoincidents.io.incidents import read_incidents

    result = read_incidents(args.input, crs=args.crs)
    for warning in result.warnings:
        print(f"warning: {result.source}: {warning}", file=sys.stderr)
    print(result.summary(), file=sys.stderr)
    return result


def _read_status(result: ReadResult) -> int:
    if not len(result.accepted):
        return EXIT_NONE_ACCEPTED
    return EXIT_SOME_REJECTED if len(result.rejected) else 0


def _cmd_proximity(args: argparse.Namespace) -> int:
    from geoincidents.io.incidents import write_incidents
    from geoincidents.proximity.measure import check_proximity

    src = Path(args.input)
    out = Path(args.output) if args.output else src.with_name(src.stem + "_proximity.geojson")
    if out.suffix.lower() not in (".geojson", ".json", ".csv", ".gpkg"):
        raise ValueError(f"{out}: unsupported output type {out.suffix!r}; use .geojson, .csv or .gpkg")
    if out.resolve() == src.resolve():
        raise ValueError(f"{out}: the output would overwrite the input")
    result = _read(args)
    status = _read_status(result)
    if status != EXIT_NONE_ACCEPTED:
        checked = check_proximity(result.accepted, args.perimeter, tuple(args.bands), gazetteer=args.gazetteer)
        write_incidents(checked, out)
        print(f"{len(checked)} incident(s) written to {out}")
    else:
        print(f"no incident accepted: nothing written to {out}")
    _report_rejected(result, out)
    return status


def _report_rejected(result: ReadResult, out: Path) -> None:
    """Write the rejected rows beside ``out`` (``<stem>_rejected.csv``), or remove a stale list."""
    from geoincidents.io.incidents import write_rejected

    rejected_path = out.with_name(out.stem + "_rejected.csv")
    if len(result.rejected):
        write_rejected(result.rejected, rejected_path)
        print(f"{len(result.rejected)} row(s) rejected, reasons in {rejected_path}")
    else:
        rejected_path.unlink(missing_ok=True)  # a stale list from an earlier run would mislead


def _cmd_scale(args: argparse.Namespace) -> int:
    from geoincidents.proximity.dask import run_proximity

    out = run_proximity(
        args.input, args.output, args.perimeter, tuple(args.bands), gazetteer=args.gazetteer, scheduler=args.scheduler
    )
    print(f"written: {out}")
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from geoincidents.maps.basemap import configured_basemap
    from geoincidents.maps.build import (
        DEFAULT_ATTRIBUTION,
        DEFAULT_TILES,
        build_map,
        check_tile_url,
        configured_tiles,
        save_map,
    )
    from geoincidents.ui.views import prepare_incidents

    wanted = configured_tiles() if args.tiles is None else args.tiles
    tiles = None if wanted is None or wanted.strip().lower() == "none" else check_tile_url(wanted)  # before reading
    base = configured_basemap() if args.basemap is None else args.basemap
    basemap = None if base is None or base.strip().lower() == "none" else base.strip()
    if basemap is not None and args.tiles is None:
        tiles = None  # a base map file, from the flag or the environment, wins over tiles from the environment
    result = _read(args)
    status = _read_status(result)
    out = Path(args.output)
    if status == EXIT_NONE_ACCEPTED:
        print(f"no incident accepted: nothing written to {out}")
        _report_rejected(result, out)
        return status
    incidents = prepare_incidents(
        result.accepted, perimeter=args.perimeter, bands_m=tuple(args.bands), gazetteer=args.gazetteer
    )
    attribution = args.attribution or (DEFAULT_ATTRIBUTION if tiles == DEFAULT_TILES else "base tiles")
    fmap = build_map(
        incidents,
        gazetteer=args.gazetteer,
        perimeter=args.perimeter,
        bands_m=tuple(args.bands),
        tiles=tiles,
        attribution=attribution,
        basemap=basemap,
    )
    out = save_map(fmap, out)
    print(f"{len(incidents)} incident(s) mapped to {out} (standalone; opens with no network)")
    _report_rejected(result, out)
    return status


def _cmd_extract(args: argparse.Namespace) -> int:
    from geoincidents.extraction.pipeline import extract_many
    from geoincidents.extraction.reports import read_reports
    from geoincidents.io.incidents import write_incidents

    if Path(args.output).suffix.lower() not in (".geojson", ".json", ".csv", ".gpkg"):
        raise ValueError(f"{args.output}: unsupported output type; use .geojson, .csv or .gpkg")
    reports = read_reports(args.files, published=args.published, source=args.source)
    incidents = extract_many(reports, gazetteer=args.gazetteer, progress=not args.quiet)
    write_incidents(incidents, args.output)
    print(f"{len(incidents)} incident(s) from {len(reports)} report(s) written to {args.output}")
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    from geoincidents.store.alerts import load_rules
    from geoincidents.store.incident_store import IncidentStore
    from geoincidents.store.watch import watch

    rules = load_rules(args.rules, gazetteer=args.gazetteer) if args.rules else []
    folder = Path(args.directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"watch folder not found: {folder}")
    if args.max_size <= 0 or args.settle < 0 or args.interval <= 0:
        raise ValueError("--max-size and --interval must be positive, --settle not negative")
    with IncidentStore(args.store, gazetteer=args.gazetteer) as store:
        try:
            results = watch(
                folder,
                store,
                rules=rules,
                alerts_out=args.alerts,
                once=args.once,
                interval_s=args.interval,
                settle_s=args.settle,
                max_bytes=args.max_size,
                gazetteer=args.gazetteer,
            )
        except KeyboardInterrupt:
            print("geoincidents watch: stopped", file=sys.stderr)
            return 0
    failed = sum(1 for r in results if r.error)
    if results.unwritten_alerts:
        print(
            f"geoincidents watch: {results.unwritten_alerts} alert(s) not written to {args.alerts}; "
            "they stay in the store and are written on the next run",
            file=sys.stderr,
        )
    return 1 if failed or results.unwritten_alerts else 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from geoincidents.store.incident_store import IncidentStore

    with IncidentStore(args.store, create=False) as store:
        check = store.verify_audit()
    print(f"{args.store}: {check.rows} audit row(s); head {check.head}")
    for problem in check.problems:
        print(f"  {problem}")
    print("audit trail intact" if check.ok else f"audit trail NOT intact: {len(check.problems)} problem(s)")
    return 0 if check.ok else 1


def _add_perimeter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--perimeter", default="green_zone", help="perimeter id or name (default: green_zone)")
    p.add_argument("--bands", type=float, nargs="+", default=[250.0, 1000.0, 3000.0], help="band edges (m)")
    p.add_argument("--gazetteer", default=None, help="gazetteer file (default: the bundled Baghdad one)")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="geoincidents", description="Baghdad incident reports as mapped, measured evidence."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("layers", help="export the GeoJSON layers (default into ./layers)")
    p.add_argument("--out", default="layers", help="output folder (default: layers)")
    p.add_argument("--gazetteer", default=None, help="gazetteer file (default: the bundled Baghdad one)")
    p.add_argument("--incidents", default=None, help="sample-incident CSV (default: the bundled sample)")
    p.add_argument("--no-incidents", action="store_true", help="write no incidents layer")
    p.add_argument("--perimeter", default="green_zone", help="perimeter for the distance bands")
    p.set_defaults(handler=_cmd_layers)

    p = sub.add_parser("osm", help="build or refresh gazetteer features from an OpenStreetMap extract")
    p.add_argument("extract", help=".osm.pbf, .osm or GeoJSON exported from OSM")
    p.add_argument("-o", "--output", required=True, help="gazetteer GeoJSON to write")
    p.add_argument("--base", default=None, help="gazetteer to refresh (default: the bundled one)")
    p.add_argument("--add-new", action="store_true", help="also add named landmarks the base lacks")
    p.set_defaults(handler=_cmd_osm)

    p = sub.add_parser(
        "proximity",
        help="add distance to the perimeter to an incident file",
        epilog=READ_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", help=_INPUT_HELP)
    p.add_argument("-o", "--output", default=None, help="output (.geojson, .csv or .gpkg)")
    p.add_argument("--crs", default=None, help=_CRS_HELP)
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_proximity)

    p = sub.add_parser("scale", help="proximity of a large GeoParquet table on a Dask cluster, GeoParquet out")
    p.add_argument("input", help="GeoParquet file or dataset folder of incident points")
    p.add_argument("output", help="folder to write the GeoParquet result to")
    p.add_argument(
        "--scheduler",
        default=None,
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
        "(default: the current client, else a local cluster of 2 worker processes)",
    )
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_scale)

    p = sub.add_parser(
        "map",
        help="write a standalone interactive HTML map of an incident file (works offline)",
        epilog=READ_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", help=_INPUT_HELP)
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.add_argument("--crs", default=None, help=_CRS_HELP)
    _add_perimeter_arguments(p)
    p.add_argument(
        "--tiles",
        default=None,
        help="XYZ tile URL template with {z}/{x}/{y} (http(s)://, file:// or a local path), e.g. an in-house "
        "tile server, or 'none' for no base tiles (default: $GEOINCIDENTS_TILES, else none: offline)",
    )
    p.add_argument("--attribution", default=None, help="attribution of the tiles (plain text)")
    p.add_argument(
        "--basemap",
        default=None,
        help="local base map file (PMTiles or MBTiles, raster or vector) embedded in the map, or 'none' "
        "(default: $GEOINCIDENTS_BASEMAP, else none; see docs/basemaps.md)",
    )
    p.set_defaults(handler=_cmd_map)

    p = sub.add_parser("extract", help="extract incidents from report files (.txt, or .jsonl batches)")
    p.add_argument("files", nargs="+", help=".txt (one report each) or .jsonl (text/published/source per line)")
    p.add_argument("-o", "--output", required=True, help="output (.geojson, .csv or .gpkg)")
    p.add_argument("--published", default=None, help="publication date (YYYY-MM-DD) of the .txt reports")
    p.add_argument("--source", default=None, help="outlet of the .txt reports")
    p.add_argument("--gazetteer", default=None, help="gazetteer file (default: the bundled Baghdad one)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=_cmd_extract)

    p = sub.add_parser("watch", help="ingest report files arriving in a folder into an incident store")
    p.add_argument("directory", help="folder polled for .txt (with optional NAME.json metadata) and .jsonl reports")
    p.add_argument("--store", required=True, help="incident store GeoPackage (.gpkg), created when missing")
    p.add_argument("--rules", default=None, help="alert rules JSON file")
    p.add_argument("--alerts", default=None, help="JSON Lines file the alerts are appended to")
    p.add_argument("--once", action="store_true", help="ingest what is there now and exit")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between polls (default 2)")
    p.add_argument(
        "--settle",
        type=float,
        default=SETTLE_S,
        help=f"seconds a .txt without a .json sidecar waits after its last change (default {SETTLE_S:g})",
    )
    p.add_argument(
        "--max-size",
        type=int,
        default=MAX_FILE_BYTES,
        help=f"largest report file read, in bytes; larger ones are skipped (default {MAX_FILE_BYTES:,})",
    )
    p.add_argument("--gazetteer", default=None, help="gazetteer file (default: the bundled Baghdad one)")
    p.set_defaults(handler=_cmd_watch)

    p = sub.add_parser("audit", help="check that an incident store's audit trail is intact (hash chain)")
    p.add_argument("store", help="incident store GeoPackage (.gpkg)")
    p.set_defaults(handler=_cmd_audit)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    # Every error geoincidents raises on purpose (GazetteerError, AssetError, ...) and the reading errors: one line.
    except (GeoincidentsError, FileNotFoundError, ValueError, TypeError, KeyError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"geoincidents {args.command}: error: {reason}", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    raise SystemExit(main())
