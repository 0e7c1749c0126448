"""Writing a store's incidents out: GeoJSON map layers (with the alerts) and CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geoincidents.store.incident_store import IncidentStore

__all__: list[str] = []


def export_layers(store: IncidentStore, out_dir: str | Path, **filters: Any) -> dict[str, Path]:
    """Write the GeoJSON map layers with the (filtered) stored incidents, plus an ``alerts`` layer."""
    from geoincidents.io.geojson import export_layers as write_layers
    from geoincidents.io.geojson import write_geojson

    incidents = store.query(**filters)
    written = write_layers(
        out_dir, incidents, gazetteer=store.gazetteer, perimeter=store.perimeter, bands_m=store.bands_m
    )
    written["alerts"] = write_geojson(store.alerts(), Path(out_dir) / "alerts.geojson", id_column="alert_id")
    return written


def to_csv(store: IncidentStore, path: str | Path, **filters: Any) -> Path:
    """Write the (filtered) stored incidents as CSV with :func:`geoincidents.io.incidents.write_incidents`."""
    from geoincidents.io.incidents import write_incidents

    out = Path(path)
    if out.suffix.lower() != ".csv":
        raise ValueError(f"to_csv: {out} does not end in .csv")
    return write_incidents(store.query(**filters), out)
