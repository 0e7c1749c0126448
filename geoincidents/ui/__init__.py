"""View code of the analyst app (``app.py``): what the app shows, computed without Streamlit.

- :mod:`~geoincidents.ui.views`: uploads, filters, the alert panel, tables, timeline, downloads
- :mod:`~geoincidents.ui.review`: the incident-store panel (review status, history, stored alerts)
- :mod:`~geoincidents.ui.text`: user and report text made plain for Streamlit's Markdown elements
- :mod:`~geoincidents.ui.isolated`: pasted reports extracted in a child process with a time limit

Nothing in the library core imports this package.
"""
