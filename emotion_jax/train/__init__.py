"""Reproducible training entry points; each writes shipped weights plus a record of how they were made."""
