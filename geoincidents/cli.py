"""The ``geoincidents`` command line: thin wrappers over the library.

Each sub-command parses its arguments, calls one library function and reports. A bad input ends
with exit status 2 and a one-line reason on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from geoincidents.export import export_layers, write_geojson
from geoincidents.gazetteer import GazetteerError
from geoincidents.schema import load_sample_incidents

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


def _cmd_layers(args: argparse.Namespace) -> int:
    incidents = None
    if not args.no_incidents:
        incidents = load_sample_incidents(args.incidents) if args.incidents else load_sample_incidents()
    written = export_layers(args.out, incidents, gazetteer=args.gazetteer, perimeter=args.perimeter)
    for name, path in written.items():
        print(f"{name}: {path}")
    return 0


def _cmd_osm(args: argparse.Namespace) -> int:
    from geoincidents.osm import refresh_from_osm

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


def _cmd_proximity(args: argparse.Namespace) -> int:
    from geoincidents.io import read_incidents, write_incidents, write_rejected
    from geoincidents.proximity import check_proximity

    src = Path(args.input)
    out = Path(args.output) if args.output else src.with_name(src.stem + "_proximity.geojson")
    if out.suffix.lower() not in (".geojson", ".json", ".csv", ".gpkg"):
        raise ValueError(f"{out}: unsupported output type {out.suffix!r}; use .geojson, .csv or .gpkg")
    if out.resolve() == src.resolve():
        raise ValueError(f"{out}: the output would overwrite the input")
    result = read_incidents(src)
    for warning in result.warnings:
        print(f"warning: {src}: {warning}", file=sys.stderr)
    checked = check_proximity(result.accepted, args.perimeter, tuple(args.bands), gazetteer=args.gazetteer)
    write_incidents(checked, out)
    print(result.summary())
    print(f"{len(checked)} incident(s) written to {out}")
    rejected_path = out.with_name(out.stem + "_rejected.csv")
    if len(result.rejected):
        write_rejected(result.rejected, rejected_path)
        print(f"{len(result.rejected)} row(s) rejected, reasons in {rejected_path}")
    else:
        rejected_path.unlink(missing_ok=True)  # a stale list from an earlier run would mislead
    return 0


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

    p = sub.add_parser("proximity", help="add distance to the perimeter to an incident file")
    p.add_argument("input", help="CSV (latitude/longitude), GeoJSON or GeoPackage")
    p.add_argument("-o", "--output", default=None, help="output (.geojson, .csv or .gpkg)")
    p.add_argument("--perimeter", default="green_zone")
    p.add_argument("--bands", type=float, nargs="+", default=[250.0, 1000.0, 3000.0], help="band edges (m)")
    p.add_argument("--gazetteer", default=None)
    p.set_defaults(handler=_cmd_proximity)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (FileNotFoundError, GazetteerError, ValueError, TypeError, KeyError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"geoincidents {args.command}: error: {reason}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
