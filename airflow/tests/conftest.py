"""Puts ``include/`` on the import path, as the README's installation does in a deployment."""

import sys
from pathlib import Path

AIRFLOW_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AIRFLOW_DIR / "include"))
