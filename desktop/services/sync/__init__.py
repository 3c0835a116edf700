"""Sharing records between desks through the centre's PostgreSQL server (offline-first)."""
