"""Consent by participant, as found: on a real two-person clip with consent for one, only that one has readings."""

import numpy as np
import pytest

from emotion_jax.consenting import assign, check_consent, parse_assignments, resolve
from emotion_jax.people import UNCONSENTED
from emotion_jax.pipeline import analyze
from emotion_jax.store import SessionStore
from privacy.consent import ConsentError, ConsentLedger
from tests.conftest import FAST, PASSPHRASE

STAGES = ("faces", "speech", "people", "expression", "words")


@pytest.fixture(scope="module")
def one_consented(data_dir, tmp_path_factory):
    """debate_2people_5s.mp4 (two faces and one voice no face is linked to) with consent for the client only,
    confirmed as the second person found."""
    store = SessionStore.create(tmp_path_factory.mktemp("store"), PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    ledger = ConsentLedger()
    ledger.record("P1", session, modalities=["face", "voice", "words"], purposes=["clinical review"],
                  recorded_by="dr-a", retention_days=30, role="client")
    store.save_consent(session, ledger)
    analysis = analyze(data_dir / "video" / "debate_2people_5s.mp4", store=store, session=session, progress=False,
                       participants={"person 2": "client"})
    return store, session, analysis


def _stage(store, session, name):
    (found,) = [n for n in store.names(session) if n.startswith(f"{name}-")]
    return store.get_arrays(session, found)


def test_only_the_consented_participant_has_readings(one_consented):
    store, session, analysis = one_consented
    timeline = store.get_table(session, "timeline")
    assert analysis.timeline.participants == ("P1",) and set(timeline.column("participant").to_pylist()) == {"P1"}
    assert analysis.timeline.present[:, 0, analysis.timeline.modalities.index("face")].sum() >= 5  # of 6 windows
    faces, expression = _stage(store, session, "faces"), _stage(store, session, "expression")
    assert len(np.unique(faces["track_ids"])) == 1  # the other face: no box, crop or reading kept
    assert len(faces["crops"]) == len(faces["times"]) == len(expression["probs"]) > 0
    speech = _stage(store, session, "speech")  # the voice no consent covers: nothing of it kept
    for key in ("word_text", "turn_times", "piece_probs", "token_embeddings"):
        assert len(speech[key]) == 0, key
    assert np.isnan(speech["frame_f0"]).all() and len(speech["speech"]) == 0
    assert store.get_table(session, "words").num_rows == store.get_table(session, "turns").num_rows == 0
    assert _stage(store, session, "people")["name"].tolist() == ["P1"]
    assert {n.split("-")[0] for n in store.names(session)} >= set(STAGES)


def test_the_summary_says_when_unconsented_participants_were_present(one_consented):
    store, session, analysis = one_consented
    notes = analysis.timeline.notes
    present = [n for n in notes if n.startswith("an unconsented participant was present from")]
    assert len(present) == 2  # person 1's face and the unlinked voice
    assert "person 2 is P1 (by their consent record)" in notes
    stored = store.get_table(session, "timeline").schema.metadata[b"notes"].decode()
    assert all(n in stored for n in present)


def test_a_rerun_reads_the_kept_stages_and_maps_the_same(one_consented, data_dir, monkeypatch):
    store, session, analysis = one_consented
    from emotion_jax import pipeline

    for stage in ("find_faces", "hear_speech", "read_expressions", "cast"):
        monkeypatch.setattr(pipeline, stage, lambda *a, **k: pytest.fail("a kept stage ran again"))
    again = analyze(data_dir / "video" / "debate_2people_5s.mp4", store=store, session=session, progress=False,
                    participants={"person 2": "P1"})  # by id this time: the same participant, the same key
    assert again.timeline.participants == ("P1",)
    np.testing.assert_array_equal(again.timeline.present, analysis.timeline.present)


def _ledger(*people):
    ledger = ConsentLedger()
    for participant, role in people:
        ledger.record(participant, "s", modalities=["face"], purposes=["clinical review"], recorded_by="dr-a",
                      retention_days=30, role=role)
    return ledger


def test_who_is_who_is_said_or_refused_with_what_was_found():
    one, two = _ledger(("P1", "client")), _ledger(("P1", "client"), ("T1", "therapist"))
    assert assign(["person 1"], one, "s", {}) == {"person 1": "P1"}  # one consented, one found: mapped
    assert assign(["person 1", "person 2"], two, "s", {"person 2": "therapist"}) == {"person 2": "T1"}
    with pytest.raises(ConsentError, match=r"person 1 \(a face first seen at 0.0 s\), speaker 1 and consent is "
                                           r"recorded for P1: say who is who, e.g. --participant"):
        assign(["person 1", "speaker 1"], one, "s", {}, {"person 1": "a face first seen at 0.0 s"})
    with pytest.raises(ConsentError, match="'person 3' was not found in the recording; it has: person 1"):
        assign(["person 1"], one, "s", {"person 3": "P1"})
    with pytest.raises(ConsentError, match=r"'nurse' does not name one consented participant .* P1 \(client\), "
                                           r"T1 \(therapist\)"):
        resolve(two, "s", "nurse")
    assert parse_assignments(["person 1=client", " speaker 1 = P1 "]) == {"person 1": "client", "speaker 1": "P1"}
    assert parse_assignments("person 1=client, person 2=therapist") == {"person 1": "client",
                                                                        "person 2": "therapist"}
    with pytest.raises(ValueError, match="FOUND=PARTICIPANT"):
        parse_assignments(["person 1"])


def test_consent_is_checked_for_the_participants_named():
    from emotion_jax.config import AnalysisConfig

    two = _ledger(("P1", "client"), ("T1", "therapist"))  # face only
    config = AnalysisConfig(modalities=("face",))
    check_consent(two, "s", config.modalities, config.purpose, {"person 1": "client"})
    with pytest.raises(ConsentError, match="does not cover modality 'voice'"):
        check_consent(two, "s", ("face", "voice"), "clinical review", {"person 1": "client"})
    with pytest.raises(ConsentError, match="no consent is recorded"):
        check_consent(ConsentLedger(), "s", config.modalities, config.purpose)
    assert UNCONSENTED.format(1, 2.5) == ("an unconsented participant was present from 1.0 s to 2.5 s: no readings "
                                          "were made or kept")
