"""emotion-jax: emotion timelines from recorded therapy sessions.

    import emotion_jax as ej
    a = ej.analyze("session.mp4")      # an Analysis: a.timeline, a.words, a.turns, a.people (pandas)
    a.plot("timeline.png"); a.export("out/")
    b = ej.load(session_id, store="sessions/", key_file="me.key")
"""


from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("emotion-jax")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

_API = {"analyze": "emotion_jax.api", "load": "emotion_jax.api", "open_store": "emotion_jax.api",
        "Analysis": "emotion_jax.api", "AnalysisConfig": "emotion_jax.config"}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    """The front door's names, imported on first use (importing the package stays quick)."""
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'emotion_jax' has no attribute {name!r}")
