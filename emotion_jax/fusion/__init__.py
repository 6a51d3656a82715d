"""Cross-modal fusion of face, voice and words."""
