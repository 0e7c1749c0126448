"""``python -m geoincidents`` runs the command line."""

from geoincidents.cli import main

raise SystemExit(main())
