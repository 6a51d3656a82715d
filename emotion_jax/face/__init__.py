"""Reading faces: crops from detector boxes, and the Flax expression model."""
