"""privacy.consent: what is allowed, what is not, and a message that says exactly why."""

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from privacy.consent import GRANT, WITHDRAWAL, ConsentError, ConsentLedger, ConsentRecord

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
DAY = date(2026, 3, 2)


@pytest.fixture
def ledger() -> ConsentLedger:
    led = ConsentLedger()
    led.record("P1", "s1", modalities=["face", "words"], purposes=["clinical review", "supervision"],
               retention_days=365, recorded_by="Dr Lee", recorded_at=T0)  # fmt: skip
    return led


def test_require_passes_for_what_was_granted(ledger):
    rec = ledger.require("P1", "s1", "face", "supervision", on=DAY)
    assert rec.version == 1 and rec.kind == GRANT and rec.retain_until == date(2027, 3, 1)
    assert ledger.allowed("P1", "s1", "words", "clinical review", on=DAY)


def test_missing_modality_is_named(ledger):
    with pytest.raises(ConsentError, match=r"does not cover modality 'voice' \(it allows face, words\)") as info:
        ledger.require("P1", "s1", "voice", "clinical review", on=DAY)
    assert "participant 'P1' in session 's1' (version 1, recorded 2026-03-01 by Dr Lee)" in str(info.value)
    assert not ledger.allowed("P1", "s1", "voice", "clinical review", on=DAY)


def test_missing_purpose_and_modality_both_named(ledger):
    with pytest.raises(ConsentError, match="modality 'voice' .* or purpose 'research'"):
        ledger.require("P1", "s1", "voice", "research", on=DAY)


def test_nothing_recorded(ledger):
    expected = "no consent recorded for participant 'P2' in session 's1' for modality 'voice' (purpose 'research')"
    with pytest.raises(ConsentError) as info:
        ledger.require("P2", "s1", "voice", "research", on=DAY)
    assert str(info.value) == expected
    assert not ledger.allowed("P1", "s2", "face", "supervision", on=DAY)  # consent is per session


def test_withdrawal_is_a_new_version(ledger):
    first = ledger.current("P1", "s1")
    ledger.withdraw("P1", "s1", recorded_by="Dr Lee", recorded_at=datetime(2026, 11, 20, 15, tzinfo=UTC))
    with pytest.raises(ConsentError, match="consent withdrawn on 2026-11-20 by Dr Lee .* no modality 'face'"):
        ledger.require("P1", "s1", "face", "supervision", on=date(2026, 11, 21))
    history = ledger.history("P1", "s1")
    assert [(r.version, r.kind) for r in history] == [(1, GRANT), (2, WITHDRAWAL)]
    assert history[0] is first and first.modalities == ("face", "words")  # the old version is untouched
    with pytest.raises(ValueError, match="already withdrawn"):
        ledger.withdraw("P1", "s1", recorded_by="Dr Lee")
    with pytest.raises(ValueError, match="no consent was recorded"):
        ledger.withdraw("P9", "s1", recorded_by="Dr Lee")


def test_withdrawing_one_modality_keeps_the_rest(ledger):
    when = datetime(2026, 6, 1, 10, tzinfo=UTC)
    partial = ledger.withdraw("P1", "s1", recorded_by="Dr Kim", recorded_at=when, modalities=["face"])
    assert (partial.version, partial.kind, partial.modalities, partial.withdrawn) == (2, GRANT, ("words",), ("face",))
    assert partial.purposes == ledger.history("P1", "s1")[0].purposes and partial.retain_until == date(2027, 3, 1)
    assert ledger.allowed("P1", "s1", "words", "supervision", on=DAY)
    with pytest.raises(ConsentError, match="does not cover modality 'face' .*withdrawn in version 2 on 2026-06-01"):
        ledger.require("P1", "s1", "face", "supervision", on=DAY)
    assert ledger.withdrawal("P1", "s1", "face") is partial and ledger.withdrawal("P1", "s1", "words") is None
    with pytest.raises(ValueError, match="cannot withdraw voice .* it allows only words"):
        ledger.withdraw("P1", "s1", recorded_by="Dr Kim", modalities=["voice"])
    assert ConsentLedger.from_json(ledger.to_json()) == ledger
    last = ledger.withdraw("P1", "s1", recorded_by="Dr Kim", modalities=["words"])  # nothing left: all withdrawn
    assert (last.version, last.kind, last.modalities) == (3, WITHDRAWAL, ())
    assert ledger.withdrawal("P1", "s1", "words") is last


def test_new_grant_replaces_the_old_one(ledger):
    ledger.record("P1", "s1", modalities=["voice"], purposes=["research"], retain_until=date(2026, 12, 31),
                  recorded_by="Dr Kim", recorded_at=T0 + timedelta(days=1))  # fmt: skip
    assert ledger.current("P1", "s1").version == 2
    assert ledger.allowed("P1", "s1", "voice", "research", on=DAY)
    assert not ledger.allowed("P1", "s1", "face", "supervision", on=DAY)


def test_retention_expiry_is_not_allowed(ledger):
    assert ledger.allowed("P1", "s1", "face", "supervision", on=date(2027, 3, 1))  # last day still allowed
    with pytest.raises(ConsentError, match="expired: retention ended on 2027-03-01"):
        ledger.require("P1", "s1", "face", "supervision", on=date(2027, 3, 2))


def test_unknown_modality_and_purpose_list_the_valid_ones(ledger):
    with pytest.raises(ValueError, match="unknown modality 'smell'; choose from: face, voice, words"):
        ledger.require("P1", "s1", "smell", "research")
    with pytest.raises(ValueError, match="unknown purpose 'marketing'; choose from: clinical review"):
        ledger.allowed("P1", "s1", "face", "marketing")
    with pytest.raises(ValueError, match="unknown modality"):
        ledger.record("P1", "s1", modalities=["face", "gait"], purposes=["research"], retention_days=1,
                      recorded_by="x")  # fmt: skip
    assert len(ledger.history("P1", "s1")) == 1  # nothing recorded by the failed call


def test_record_validates_its_inputs(ledger):
    common = {"purposes": ["research"], "recorded_by": "Dr Lee"}
    with pytest.raises(ValueError, match="exactly one of retention_days and retain_until"):
        ledger.record("P1", "s1", modalities=["face"], **common)
    with pytest.raises(ValueError, match="at least one modality"):
        ledger.record("P1", "s1", modalities=[], retention_days=30, **common)
    with pytest.raises(ValueError, match="participant must be a non-empty string"):
        ledger.record(" ", "s1", modalities=["face"], retention_days=30, **common)
    with pytest.raises(ValueError, match="timezone-aware"):
        ledger.record("P1", "s1", modalities=["face"], retention_days=30, recorded_at=datetime(2026, 1, 1), **common)


def test_json_round_trip(ledger):
    later = datetime(2026, 4, 1, 8, tzinfo=timezone(timedelta(hours=2)))
    ledger.record("P2", "s1", modalities="voice", purposes=["research"], retain_until=date(2030, 1, 1),
                  recorded_by="Dr Kim", recorded_at=later)  # fmt: skip
    ledger.withdraw("P1", "s1", recorded_by="Dr Lee", recorded_at=later)
    data = ledger.to_json()
    assert isinstance(data, bytes)
    back = ConsentLedger.from_json(data)
    assert back == ledger
    older = json.loads(data)  # a ledger written before partial withdrawals existed
    for record in older["records"]:
        del record["withdrawn"]
    assert ConsentLedger.from_json(json.dumps(older).encode()) == ledger
    assert back.current("P2", "s1").recorded_at == later and back.current("P2", "s1").recorded_at.tzinfo == UTC
    with pytest.raises(ValueError, match="not a consent ledger"):
        ConsentLedger.from_json(b'{"records": []}')


def test_loaded_versions_must_be_in_sequence():
    rec = ConsentRecord("P1", "s1", 2, GRANT, "Dr Lee", T0, ("face",), ("research",), date(2027, 1, 1))
    with pytest.raises(ValueError, match="out of sequence"):
        ConsentLedger([rec])


def test_a_role_is_recorded_kept_through_withdrawals_and_read_from_older_ledgers():
    ledger = ConsentLedger()
    ledger.record("P7", "s1", modalities=["face", "voice"], purposes=["research"], retention_days=30,
                  recorded_by="Dr Lee", recorded_at=T0, role="therapist")
    current = ledger.current("P7", "s1")
    assert current.role == "therapist" and "'P7' (therapist)" in current.describe()
    ledger.withdraw("P7", "s1", recorded_by="Dr Lee", modalities=["voice"])
    ledger.withdraw("P7", "s1", recorded_by="Dr Lee")
    assert [r.role for r in ledger.history("P7", "s1")] == ["therapist"] * 3
    older = json.loads(ledger.to_json())  # a ledger written before roles existed
    for record in older["records"]:
        del record["role"]
    assert {r.role for r in ConsentLedger.from_json(json.dumps(older).encode()).records} == {""}
    with pytest.raises(ValueError, match="unknown role 'patient'; choose from: client, therapist, other"):
        ledger.record("P8", "s1", modalities=["face"], purposes=["research"], retention_days=30,
                      recorded_by="Dr Lee", role="patient")
