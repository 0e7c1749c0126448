"""The analyst app and its view code: what the app shows, computed without Streamlit.

- :mod:`~geoincidents.ui.streamlit_app`: the Streamlit script itself (thin: widgets, library calls,
  drawing); :data:`APP_SCRIPT` is its path, run by ``app.py`` in a checkout
- :mod:`~geoincidents.ui.views`: uploads, filters, the alert panel, tables, timeline, downloads
- :mod:`~geoincidents.ui.review`: the incident-store panel (review status, history, stored alerts)
- :mod:`~geoincidents.ui.text`: user and report text made plain for Streamlit's Markdown elements
- :mod:`~geoincidents.ui.isolated`: pasted reports extracted in a child process with a time limit

Nothing in the library core imports this package.
"""

from pathlib import Path

APP_SCRIPT: Path = Path(__file__).resolve().parent / "streamlit_app.py"
"""The Streamlit script of the analyst app, inside the installed package."""
