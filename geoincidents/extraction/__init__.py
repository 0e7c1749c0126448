"""Extraction: a report's text (with its publication date and source) becomes incidents.

- :mod:`~geoincidents.extraction.pipeline`: :func:`extract_incidents`, :func:`extract_many`
- :mod:`~geoincidents.extraction.dates`, :mod:`~geoincidents.extraction.actors`,
  :mod:`~geoincidents.extraction.events`, :mod:`~geoincidents.extraction.geocoding`: what each
  sentence says about when, who, what and where
- :mod:`~geoincidents.extraction.reports`: reading report files (text and JSON lines)
"""

from geoincidents.extraction.pipeline import BACKGROUND_DAYS, Report, extract_incidents, extract_many
from geoincidents.extraction.reports import read_reports

__all__ = ["BACKGROUND_DAYS", "Report", "extract_incidents", "extract_many", "read_reports"]
