"""The redaction-review widget: type, score and source per row; accept, reject or add a span; decisions audited
without the words; a span the reviewer adds is proposed on the next session of the same store."""

import pyarrow as pa
import pytest

from emotion_jax.store import SessionStore
from emotion_jax.widgets.redaction_review import TERMS_NAME, RedactionReview, project_terms
from privacy.audit import entries
from privacy.crypto import ScryptParams

FAST = ScryptParams(n=2**10)


def table(text: str) -> pa.Table:
    said = text.split()
    return pa.table({"start": [float(i) for i in range(len(said))], "end": [i + 0.8 for i in range(len(said))],
                     "participant": ["person 1"] * len(said), "word": [f" {x}" for x in said],
                     "probability": pa.array([0.9] * len(said), pa.float32())})


@pytest.fixture
def store(tmp_path):
    return SessionStore.create(tmp_path / "store", "correct horse battery", actor="dr-a", params=FAST)


def test_review_shows_decides_adds_and_feeds_the_project_list(store):
    first = store.new_session()
    review = RedactionReview(table("My sister Emma works at the depot by the blue door on Fridays ."), store=store,
                             session=first)
    (emma,) = review.review.proposals
    row = review.rows.children[0].children[0].value
    assert "NAME" in row and f"{emma.score:.2f}" in row and emma.source in row
    review.decide(0, False)
    assert "Emma" in " ".join(review.redacted().column("word").to_pylist())
    added = review.add(9, 11, "PLACE")
    assert added.text == "blue door" and added.source == "reviewer"
    assert "[PLACE]" in " ".join(review.redacted().column("word").to_pylist())
    with pytest.raises(ValueError):
        review.add(3, 2, "PLACE")
    review.save()
    logged = [e for e in entries(store.root / "audit.log") if e.target == first]
    decisions = [(e.details["step"], e.details["decision"], e.details["source"]) for e in logged if "step" in e.details]
    assert decisions == [("decision", "keep", emma.source), ("added", "redact", "reviewer")]
    assert b"blue door" not in (store.root / "audit.log").read_bytes() and store.has(first, TERMS_NAME)
    assert project_terms(store) == [("blue door", "PLACE")]
    later = RedactionReview(table("we sat by the Blue Door again"), store=store, session=store.new_session())
    assert [(p.text, p.source) for p in later.review.proposals] == [("Blue Door", "project list")]
