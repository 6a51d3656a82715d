"""A blind hold-out set for transcript redaction, written apart from the rules it tests (see README.md)."""
