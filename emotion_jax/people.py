"""Who is who: the participants found (face tracks linked to voices) and, with consent, who each one is.

A participant has a face track, a voice (speaker id) or both; People holds them with notes on how each link
was made, which the timeline shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from emotion_jax.face.tracks import NO_VIDEO, Faces
from emotion_jax.fusion import linking
from emotion_jax.fusion.linking import LinkConfig
from emotion_jax.result import PEOPLE_SCHEMA
from emotion_jax.speech.heard import NOT_ANALYSED, Speech
from privacy.consent import ConsentError

UNCONSENTED = "an unconsented participant was present from {:.1f} s to {:.1f} s: no readings were made or kept"


@dataclass(frozen=True)
class Participant:
    """One person in the timeline: their face track, their voice (speaker id), or both once matched."""

    name: str
    face_track: int | None
    speaker: int | None


@dataclass(frozen=True)
class People:
    """The participants, faces in order of appearance then unlinked voices, and notes on how they were found."""

    participants: tuple[Participant, ...]
    notes: tuple[str, ...]

    def names(self) -> dict[int, str]:
        """Each speaker id's participant name."""
        return {p.speaker: p.name for p in self.participants if p.speaker is not None}

    def table(self) -> pa.Table:
        """One row per participant (-1 where they have no face track or no voice)."""
        return pa.Table.from_pylist([{"participant": p.name, "face_track": _id(p.face_track),
                                      "speaker": _id(p.speaker)} for p in self.participants], PEOPLE_SCHEMA)

    def arrays(self) -> dict[str, np.ndarray]:
        """As a stage's arrays, for the store."""
        return {"name": np.array([p.name for p in self.participants], str),
                "face_track": np.array([_id(p.face_track) for p in self.participants], np.int64),
                "speaker": np.array([_id(p.speaker) for p in self.participants], np.int64),
                "notes": np.array(self.notes, str)}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> People:
        """People.arrays read back."""
        return cls(tuple(Participant(str(n), None if f < 0 else int(f), None if s < 0 else int(s))
                         for n, f, s in zip(arrays["name"], arrays["face_track"], arrays["speaker"])),
                   tuple(str(n) for n in arrays["notes"]))


def _id(value: int | None) -> int:
    return -1 if value is None else int(value)


def lasting_tracks(faces: Faces, min_track_seconds: float, fps: float, still_change: float = 0.0) -> list[int]:
    """The face tracks seen for at least `min_track_seconds` (at `fps` analysis frames a second) that moved, in
    order of first appearance: the people on screen (shorter tracks are detector noise, still ones pictures)."""
    ids, times = faces.track_ids, faces.times
    unique, counts = np.unique(ids, return_counts=True)
    min_hits = max(1, int(round(min_track_seconds * fps)))
    still = set(still_tracks(faces, still_change))
    return sorted((int(u) for u, c in zip(unique, counts) if c >= min_hits and int(u) not in still),
                  key=lambda k: times[ids == k].min())


def still_tracks(faces: Faces, still_change: float) -> list[int]:
    """The face tracks whose box changed by at most `still_change` grey levels in 90% of the frames where it could
    be measured (at least three): a picture on the wall or a graphic, never a living face."""
    out = []
    for k in np.unique(faces.track_ids).tolist():
        change = faces.motion[(faces.track_ids == k) & np.isfinite(faces.motion)]
        if len(change) >= 3 and np.percentile(change, 90) <= still_change:
            out.append(int(k))
    return out


def cast(faces: Faces, speech: Speech, min_track_seconds: float, fps: float,
         config: LinkConfig = LinkConfig(), still_change: float = 0.0) -> People:
    """The participants: face tracks seen for at least `min_track_seconds` (at `fps` analysis frames a second)
    that moved (`still_change`), each linked to the voice its mouth movement follows, then the voices no face was
    linked to."""
    notes = []
    unique = np.unique(faces.track_ids)
    tracks = lasting_tracks(faces, min_track_seconds, fps, still_change)
    still = set(still_tracks(faces, still_change))
    if brief := len(unique) - len(tracks) - len(still):
        notes.append(f"ignored {brief} brief face track(s) shorter than {min_track_seconds:g} s (likely detector "
                     "noise)")
    if still:
        notes.append(f"ignored {len(still)} face track(s) that never moved (a picture or a graphic, not a person)")
    if not len(unique) and not {NO_VIDEO, NOT_ANALYSED.format("faces")} & set(faces.problems.tolist()):
        notes.append("no face was found in the video: the face track is empty")
    for i, k in enumerate(tracks):
        if returns := int((faces.rejoined[:, 1] == k).sum()):
            notes.append(f"person {i + 1}'s face left and came back ({returns} time(s)) and was recognised by its "
                         "appearance: kept as one person")
    speakers = list(dict.fromkeys(speech.turn_speaker.tolist()))
    if len(tracks) == 1 and len(speakers) == 1:
        return People((Participant("person 1", tracks[0], speakers[0]),), tuple(notes))
    links = {lk.track: lk for lk in linking.link(faces, speech, tracks, speakers, config)}
    people = [Participant(f"person {i + 1}", k, links[k].speaker if k in links else None) for i, k in enumerate(tracks)]
    voices = {lk.speaker: lk for lk in links.values()}
    for p in people:
        if p.speaker is not None:
            notes.append(f"the voice of speaker {speakers.index(p.speaker) + 1} is linked to {p.name}'s face by mouth "
                         f"movement during their turns (p = {voices[p.speaker].p_value:.2g})")
    unlinked = [s for s in speakers if s not in voices]
    if tracks and unlinked:
        notes.append("voices whose turns no face's mouth movement follows are listed as speakers of their own")
    return People(tuple(people + [Participant(f"speaker {speakers.index(s) + 1}", None, s) for s in unlinked]),
                  tuple(notes))


def where(faces: Faces, speech: Speech, people: People) -> dict[str, str]:
    """Where each participant found can be seen or heard first, so a reviewer can say who is who."""
    out = {}
    for p in people.participants:
        if p.face_track is not None:
            sel = faces.track_ids == p.face_track
            first = int(np.argmin(np.where(sel, faces.times, np.inf)))
            centre = (faces.boxes[first, 0] + faces.boxes[first, 2]) / 2
            out[p.name] = f"a face first seen at {faces.times[first]:.1f} s, {centre:.0f} px from the left"
        else:
            start = speech.turn_times[speech.turn_speaker == p.speaker, 0].min()
            out[p.name] = f"a voice no face was linked to, first heard at {start:.1f} s"
    return out


def only_consented(faces: Faces, speech: Speech, people: People,
                   chosen: Mapping[str, str]) -> tuple[Faces, Speech, People]:
    """The faces and speech of the participants in `chosen` ({found name: participant id}) only, each named for
    their consent (a face and a voice mapped to one participant become one); the rest are only noted as present
    (UNCONSENTED), and brief face tracks, which belong to nobody, are dropped."""
    merged: dict[str, Participant] = {}
    notes = list(people.notes)
    for p in people.participants:
        who = chosen.get(p.name)
        if who is None:
            spans = [faces.times[faces.track_ids == p.face_track]] if p.face_track is not None else []
            if p.speaker is not None:
                spans.append(speech.turn_times[speech.turn_speaker == p.speaker].ravel())
            times = np.concatenate(spans)
            notes.append(UNCONSENTED.format(times.min(), times.max()))
            continue
        before = merged.get(who, Participant(who, None, None))
        if (p.face_track is not None and before.face_track is not None) or (
                p.speaker is not None and before.speaker is not None):
            raise ConsentError(f"two faces or two voices are given as {who}: a participant has one face and one voice")
        merged[who] = Participant(who, before.face_track if p.face_track is None else p.face_track,
                                  before.speaker if p.speaker is None else p.speaker)
        notes.append(f"{p.name} is {who} (by their consent record)")
    tracks = [p.face_track for p in merged.values() if p.face_track is not None]
    speakers = [p.speaker for p in merged.values() if p.speaker is not None]
    return faces.of_tracks(tracks), speech.of_speakers(speakers), People(tuple(merged.values()), tuple(notes))
