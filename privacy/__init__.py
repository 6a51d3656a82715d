"""Privacy tools for session recordings: face finding, blurring, encryption, consent, redaction, audit."""
