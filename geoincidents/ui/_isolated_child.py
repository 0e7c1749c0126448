"""What runs in the child processes of :mod:`geoincidents.ui.isolated` (preloaded by the forkserver)."""

from __future__ import annotations

import json
from multiprocessing.connection import Connection

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.io.geojson import to_feature_collection

__all__ = ["extract_to_geojson"]

# The forkserver imports this module once; extracting a short report here builds the extractor's
# caches (gazetteer, indexes) in it, so that every child starts warm.
extract_incidents(
    "Demonstrators gathered at Tahrir Square on 1 October 2019.", published="2019-10-02", source="warm-up"
)


def extract_to_geojson(conn: Connection, text: str, published: str | None, source: str) -> None:
    """Extract the incidents of one report and send them as GeoJSON text (or the error's message)."""
    try:
        frame = extract_incidents(text, published=published, source=source)
        doc = to_feature_collection(frame)
        message = {"features": doc["features"], "columns": [c for c in frame.columns if c != frame.geometry.name]}
    except Exception as exc:  # the parent shows it as a message
        message = {"error": str(exc) or type(exc).__name__}
    conn.send_bytes(json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8"))
    conn.close()
