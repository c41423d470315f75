"""``python -m rrsis_qgis.model_process``: the model process QGIS starts (see server.py)."""

import sys

from .server import main

sys.exit(main())
