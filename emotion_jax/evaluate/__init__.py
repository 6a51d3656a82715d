"""`emotion-jax eval`: score the shipped models on a labelled manifest through the analysis code path."""
