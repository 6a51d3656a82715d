"""Second blind redaction hold-out set (see README.md); `generate.py` writes `holdout2.jsonl`."""
