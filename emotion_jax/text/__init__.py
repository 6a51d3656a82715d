"""Text path: the all-MiniLM-L6-v2 sentence encoder ported to Flax, with word-aligned tokenisation."""
