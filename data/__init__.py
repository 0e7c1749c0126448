"""Bundled data of geoincidents (installed as the package ``geoincidents.data``)."""
