"""Who the analysis found, mapped to who consented: "person 1=client" ties a face (and its voice) to a consent record.

Faces are `person N` in order of appearance, voices no face was linked to `speaker N`. A mapping names, for each
of them, a participant of the session's consent ledger by id or by role; with exactly one participant consented
and one person found, no mapping is needed. Whatever no consent covers gets no readings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from privacy.consent import ConsentError, ConsentLedger

HOW = "say who is who, e.g. --participant 'person 1=client' (the run panel's 'who is who' field)"


def parse_assignments(given: Iterable[str] | str) -> dict[str, str]:
    """'person 1=client' entries (a list, or one comma-separated string) as {found name: participant or role}."""
    entries = given.split(",") if isinstance(given, str) else list(given)
    out: dict[str, str] = {}
    for entry in (e for e in entries if e.strip()):
        found, sep, who = entry.partition("=")
        if not sep or not found.strip() or not who.strip():
            raise ValueError(f"a participant is given as FOUND=PARTICIPANT (e.g. 'person 1=client'), got {entry!r}")
        if found.strip() in out:
            raise ValueError(f"{found.strip()!r} is given twice")
        out[found.strip()] = who.strip()
    return out


def participants(ledger: ConsentLedger, session: str) -> list[str]:
    """The session's participants with a consent record, in the order they were first recorded."""
    return list(dict.fromkeys(r.participant for r in ledger.records if r.session == session))


def resolve(ledger: ConsentLedger, session: str, who: str) -> str:
    """The participant id that `who` names: an id in the ledger, or the role of exactly one participant."""
    ids = participants(ledger, session)
    if who in ids:
        return who
    roles = {p: ledger.current(p, session).role for p in ids}
    named = [p for p, role in roles.items() if role == who]
    if len(named) == 1:
        return named[0]
    recorded = ", ".join(f"{p} ({roles[p] or 'no role'})" for p in ids) or "nobody"
    problem = f"{len(named)} participants have that role" if named else "no participant has that id or role"
    raise ConsentError(f"'{who}' does not name one consented participant of session {session} ({problem}); "
                       f"consent is recorded for: {recorded}")


def assign(found: Sequence[str], ledger: ConsentLedger, session: str, given: Mapping[str, str],
           where: Mapping[str, str] | None = None) -> dict[str, str]:
    """{found name: participant id} for the faces and voices found; those left out have no consent.

    Without `given`, one participant and one person found are mapped to each other; anything else must be said
    (the error describes each one found by `where`, e.g. "a face first seen at 2.0 s, left").
    """
    unknown = [name for name in given if name not in found]
    if unknown:
        raise ConsentError(f"{', '.join(map(repr, unknown))} was not found in the recording; it has: "
                           f"{', '.join(found) or 'nobody'}")
    if given:
        return {name: resolve(ledger, session, who) for name, who in given.items()}
    ids = participants(ledger, session)
    if not found:
        return {}
    if len(ids) == 1 and len(found) == 1:
        return {found[0]: ids[0]}
    seen = ", ".join(f"{name} ({where[name]})" if where and name in where else name for name in found)
    raise ConsentError(f"the recording has {seen} and consent is recorded for {', '.join(ids)}: {HOW}; "
                       "anyone not named gets no readings")


def check_consent(ledger: ConsentLedger, session: str, modalities: Sequence[str], purpose: str,
                  given: Mapping[str, str] | None = None) -> None:
    """Refuse (ConsentError) unless each participant named in `given` ({found name: participant id or role}),
    or without it every participant of the session, consented to every modality analysed, for this purpose."""
    recorded = participants(ledger, session)
    if not recorded:
        raise ConsentError(f"no consent is recorded for session {session}: record each participant's consent "
                           "(store.save_consent) before analysing")
    named = [resolve(ledger, session, who) for who in (given or {}).values()]
    missing = []
    for modality in modalities:
        for participant in dict.fromkeys(named or recorded):
            try:
                ledger.require(participant, session, modality, purpose)
            except ConsentError as err:
                missing.append(str(err))
    if missing:
        raise ConsentError("; ".join(missing) + ". Analyse only what was consented to with "
                           "AnalysisConfig(modalities=...), or record the missing consent.")
