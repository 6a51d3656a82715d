"""Consent: versioned, append-only records of what each participant allows for each session.

Every change is a new version (a grant, or a withdrawal); old versions are never changed, so the history
shows what was allowed when. Withdrawing some modalities only is a new grant of the rest that names what it
took away (`withdrawn`); withdrawing everything is a withdrawal record. The ledger is plain data:
`to_json` / `from_json` give bytes for a store to encrypt; the ledger itself does no file I/O.

    ledger = ConsentLedger()
    ledger.record("P1", "s1", modalities=["face", "words"], purposes=["clinical review"],
                  retention_days=365, recorded_by="Dr Lee")
    ledger.require("P1", "s1", "voice", "clinical review")   # ConsentError: does not cover modality 'voice'
    ledger.withdraw("P1", "s1", recorded_by="Dr Lee", modalities=["face"])   # words stay allowed
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

MODALITIES = ("face", "voice", "words")
ROLES = ("client", "therapist", "other")  # who a participant is in the session ("" in records made before roles)
PURPOSES = ("clinical review", "supervision", "research")
GRANT, WITHDRAWAL = "grant", "withdrawal"
_FORMAT = "emotion-jax consent ledger"


class ConsentError(Exception):
    """The requested processing is not covered by consent; the message says exactly what is missing."""


def _choose(values: Iterable[str], valid: tuple[str, ...], what: str) -> tuple[str, ...]:
    """Validated values in canonical order; ValueError lists the valid ones."""
    values = [values] if isinstance(values, str) else list(values)
    for value in values:
        if value not in valid:
            raise ValueError(f"unknown {what} {value!r}; choose from: {', '.join(valid)}")
    return tuple(v for v in valid if v in values)


def _name(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return value


@dataclass(frozen=True)
class ConsentRecord:
    """One version of a participant's consent for one session: a grant (which may withdraw some modalities of
    the version before it), or a withdrawal of everything."""

    participant: str
    session: str
    version: int  # 1, 2, ... per (participant, session)
    kind: str  # GRANT or WITHDRAWAL
    recorded_by: str
    recorded_at: datetime  # UTC
    modalities: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    retain_until: date | None = None  # last day the data may be kept and processed (grants only)
    withdrawn: tuple[str, ...] = ()  # modalities this version withdrew from the one before it (grants only)
    role: str = ""  # one of ROLES; "" when not recorded

    def __post_init__(self):
        _name(self.participant, "participant")
        _name(self.session, "session")
        _name(self.recorded_by, "recorded_by")
        if self.recorded_at.tzinfo is None:
            raise ValueError("recorded_at must be timezone-aware")
        object.__setattr__(self, "recorded_at", self.recorded_at.astimezone(UTC))
        object.__setattr__(self, "modalities", _choose(self.modalities, MODALITIES, "modality"))
        object.__setattr__(self, "purposes", _choose(self.purposes, PURPOSES, "purpose"))
        object.__setattr__(self, "withdrawn", _choose(self.withdrawn, MODALITIES, "modality"))
        if self.role and self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; choose from: {', '.join(ROLES)}")
        if self.kind not in (GRANT, WITHDRAWAL):
            raise ValueError(f"kind must be {GRANT!r} or {WITHDRAWAL!r}, got {self.kind!r}")
        if self.version < 1:
            raise ValueError(f"versions start at 1, got {self.version}")
        if self.kind == GRANT and not (self.modalities and self.purposes and self.retain_until):
            raise ValueError("a grant needs at least one modality, one purpose and a retention")
        if self.kind == WITHDRAWAL and (self.modalities or self.purposes or self.retain_until or self.withdrawn):
            raise ValueError("a withdrawal withdraws everything: it takes no modalities, purposes or retention")
        if set(self.withdrawn) & set(self.modalities):
            raise ValueError("a modality cannot be both granted and withdrawn by one version")

    def describe(self) -> str:
        """Who, whom and when, for messages."""
        role = f" ({self.role})" if self.role else ""
        return (
            f"participant {self.participant!r}{role} in session {self.session!r} (version {self.version}, "
            f"recorded {self.recorded_at.date().isoformat()} by {self.recorded_by})"
        )


@dataclass
class ConsentLedger:
    """All consent records, append-only; the latest version per (participant, session) is in force."""

    records: list[ConsentRecord] = field(default_factory=list)

    def __post_init__(self):
        versions: dict[tuple[str, str], int] = {}
        for rec in self.records:
            pair = (rec.participant, rec.session)
            if rec.version != versions.get(pair, 0) + 1:
                raise ValueError(f"consent versions out of sequence for {rec.describe()}")
            versions[pair] = rec.version

    def history(self, participant: str, session: str) -> tuple[ConsentRecord, ...]:
        """Every version for this participant and session, oldest first."""
        return tuple(r for r in self.records if r.participant == participant and r.session == session)

    def current(self, participant: str, session: str) -> ConsentRecord | None:
        """The version in force, or None when nothing was recorded."""
        history = self.history(participant, session)
        return history[-1] if history else None

    def record(
        self,
        participant: str,
        session: str,
        *,
        modalities: Iterable[str],
        purposes: Iterable[str],
        recorded_by: str,
        retention_days: int | None = None,
        retain_until: date | None = None,
        recorded_at: datetime | None = None,
        role: str = "",
    ) -> ConsentRecord:
        """Record a new grant (replacing the one in force). Retention: days from the recording date, or a date;
        `role` says who the participant is in the session (ROLES)."""
        recorded_at = recorded_at or datetime.now(UTC)
        if (retention_days is None) == (retain_until is None):
            raise ValueError("give exactly one of retention_days and retain_until")
        if retention_days is not None:
            if retention_days < 0:
                raise ValueError(f"retention_days must be >= 0, got {retention_days}")
            retain_until = recorded_at.astimezone(UTC).date() + timedelta(days=retention_days)
        return self._append(
            ConsentRecord(
                participant, session, self._next_version(participant, session), GRANT, recorded_by, recorded_at,
                _choose(modalities, MODALITIES, "modality"), _choose(purposes, PURPOSES, "purpose"),
                retain_until, role=role,
            )
        )

    def withdraw(
        self,
        participant: str,
        session: str,
        *,
        recorded_by: str,
        recorded_at: datetime | None = None,
        modalities: Iterable[str] | None = None,
    ) -> ConsentRecord:
        """Record a withdrawal as a new version; earlier versions stay as they were. With `modalities`, only
        those are withdrawn (a grant of the rest, naming them in `withdrawn`); withdrawing all is a withdrawal."""
        current = self.current(participant, session)
        if current is None or current.kind == WITHDRAWAL:
            state = "no consent was recorded" if current is None else "consent is already withdrawn"
            raise ValueError(f"nothing to withdraw for participant {participant!r} in session {session!r}: {state}")
        recorded_at = recorded_at or datetime.now(UTC)
        version = self._next_version(participant, session)
        chosen = current.modalities if modalities is None else _choose(modalities, MODALITIES, "modality")
        if not chosen or not set(chosen) <= set(current.modalities):
            raise ValueError(f"cannot withdraw {', '.join(chosen) or 'no modality'} for {current.describe()}: "
                             f"it allows only {', '.join(current.modalities)}")
        kept = tuple(m for m in current.modalities if m not in chosen)
        if not kept:
            return self._append(ConsentRecord(participant, session, version, WITHDRAWAL, recorded_by, recorded_at,
                                              role=current.role))
        return self._append(replace(current, version=version, recorded_by=recorded_by,
                                    recorded_at=recorded_at, modalities=kept, withdrawn=chosen))

    def withdrawal(self, participant: str, session: str, modality: str) -> ConsentRecord | None:
        """The latest version that withdrew `modality` (alone or with everything), or None."""
        _choose([modality], MODALITIES, "modality")
        return next((r for r in reversed(self.history(participant, session))
                     if r.kind == WITHDRAWAL or modality in r.withdrawn), None)

    def require(
        self, participant: str, session: str, modality: str, purpose: str, on: date | None = None
    ) -> ConsentRecord:
        """The record in force that allows `modality` for `purpose` on day `on` (today, UTC); else ConsentError."""
        _choose([modality], MODALITIES, "modality")
        _choose([purpose], PURPOSES, "purpose")
        on = on or datetime.now(UTC).date()
        current, wanted = self.current(participant, session), f"modality {modality!r} (purpose {purpose!r})"
        if current is None:
            raise ConsentError(
                f"no consent recorded for participant {participant!r} in session {session!r} for {wanted}"
            )
        if current.kind == WITHDRAWAL:
            raise ConsentError(
                f"consent withdrawn on {current.recorded_at.date().isoformat()} by {current.recorded_by} for "
                f"participant {participant!r} in session {session!r} (version {current.version}): no {wanted}"
            )
        if on > current.retain_until:
            raise ConsentError(
                f"consent for {current.describe()} expired: retention ended on {current.retain_until.isoformat()}, "
                f"so its data may no longer be kept or processed ({wanted})"
            )
        asked = (("modality", modality, current.modalities), ("purpose", purpose, current.purposes))
        missing = [f"{what} {v!r} (it allows {', '.join(have)})" for what, v, have in asked if v not in have]
        withdrawn = self.withdrawal(participant, session, modality)
        if modality not in current.modalities and withdrawn is not None:
            missing[0] += f", withdrawn in version {withdrawn.version} on {withdrawn.recorded_at.date().isoformat()}"
        if missing:
            raise ConsentError(f"consent for {current.describe()} does not cover {' or '.join(missing)}")
        return current

    def allowed(self, participant: str, session: str, modality: str, purpose: str, on: date | None = None) -> bool:
        """Whether `require` would pass (unknown modality or purpose still raise ValueError)."""
        try:
            self.require(participant, session, modality, purpose, on)
        except ConsentError:
            return False
        return True

    def to_json(self) -> bytes:
        """The ledger as UTF-8 JSON bytes (for a store to encrypt)."""
        records = [_to_dict(r) for r in self.records]
        return json.dumps({"format": _FORMAT, "version": 1, "records": records}, indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> ConsentLedger:
        """Parse `to_json` output; ValueError when it is not a consent ledger."""
        doc = json.loads(data)
        if not isinstance(doc, dict) or doc.get("format") != _FORMAT or doc.get("version") != 1:
            raise ValueError("not a consent ledger this version of emotion-jax can read")
        return cls([_from_dict(d) for d in doc["records"]])

    def _next_version(self, participant: str, session: str) -> int:
        current = self.current(_name(participant, "participant"), _name(session, "session"))
        return 1 if current is None else current.version + 1

    def _append(self, record: ConsentRecord) -> ConsentRecord:
        self.records.append(record)
        return record


def _to_dict(record: ConsentRecord) -> dict:
    return {
        "participant": record.participant,
        "session": record.session,
        "version": record.version,
        "kind": record.kind,
        "recorded_by": record.recorded_by,
        "recorded_at": record.recorded_at.isoformat(),
        "modalities": list(record.modalities),
        "purposes": list(record.purposes),
        "retain_until": record.retain_until.isoformat() if record.retain_until else None,
        "withdrawn": list(record.withdrawn),
        "role": record.role,
    }


def _from_dict(d: dict) -> ConsentRecord:
    retain_until = date.fromisoformat(d["retain_until"]) if d["retain_until"] else None
    return ConsentRecord(
        d["participant"], d["session"], d["version"], d["kind"], d["recorded_by"],
        datetime.fromisoformat(d["recorded_at"]), tuple(d["modalities"]), tuple(d["purposes"]), retain_until,
        tuple(d.get("withdrawn", ())),  # ledgers written before partial withdrawals lack it
        d.get("role", ""),  # and before roles
    )
