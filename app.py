"""The analyst app from a checkout: ``python3 dev.py app`` (or ``streamlit run app.py``).

The app itself ships inside the package (:mod:`geoincidents.ui.streamlit_app`) so that an installed
package can serve it too; Streamlit re-runs this file on every interaction, so it runs the packaged
script afresh each time instead of importing it once.
"""

import runpy

from geoincidents.ui import APP_SCRIPT

runpy.run_path(str(APP_SCRIPT), run_name="__main__")
