"""emotion-jax: emotion timelines from recorded therapy sessions."""
