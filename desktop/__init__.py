"""Front Desk: the reception desk of a drop-in centre, offline first."""

__version__ = "0.1.0"
