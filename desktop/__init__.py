"""Front Desk: the reception desk of a drop-in centre, offline first."""

from pathlib import Path

__version__ = "0.1.0"

# Fonts, translations and images, beside the package in a checkout and an editable install.
ASSETS_DIR = Path(__file__).resolve().parents[1] / "assets"
