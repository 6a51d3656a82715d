"""AnalysisConfig: everything that changes an analysis' result, one frozen dataclass of the stages' own configs."""

from __future__ import annotations

from dataclasses import dataclass, field

from emotion_jax.face.crops import CropConfig
from emotion_jax.face.identity import IdentityConfig
from emotion_jax.fusion.linking import LinkConfig
from emotion_jax.media import MediaConfig
from emotion_jax.movement.energy import EnergyConfig
from emotion_jax.movement.lanes import MovementConfig
from emotion_jax.speech.asr import ASRConfig
from emotion_jax.speech.diarize import DiarizationConfig
from emotion_jax.speech.heard import HearingConfig
from emotion_jax.speech.prosody import ProsodyConfig
from emotion_jax.speech.vad import VADConfig
from privacy.consent import MODALITIES as CONSENT_MODALITIES
from privacy.faces import DetectorConfig, TrackerConfig


@dataclass(frozen=True)
class AnalysisConfig:
    """Everything that changes an analysis' result (it is part of the resume key)."""

    media: MediaConfig = field(default_factory=MediaConfig)
    # faces are found at 480 px wide (1.8x faster than 640 with the same faces found in the real videos of
    # ../shared/data; boxes within IoU 0.84-0.92 of 640's); crops are cut from the full frame
    detector: DetectorConfig = field(default_factory=lambda: DetectorConfig(input_width=480))
    tracker: TrackerConfig = field(default_factory=TrackerConfig)
    crops: CropConfig = field(default_factory=CropConfig)
    identity: IdentityConfig = field(default_factory=IdentityConfig)  # a face that comes back keeps its id
    energy: EnergyConfig = field(default_factory=EnergyConfig)  # body motion energy around each face
    movement: MovementConfig = field(default_factory=MovementConfig)  # nods, shakes and movement synchrony
    window_seconds: float = 1.0       # timeline resolution
    min_track_seconds: float = 1.0    # shorter face tracks are treated as detector noise
    # a track whose box changes by at most this (mean absolute grey level) in 90% of its frames never moved: a
    # picture or a graphic, not a person. A still region of an H.264 video changes by under 0.1, camera noise of
    # sigma 2 by about 2.3; the stillest real face in ../shared/data/video (a man at his webcam) by 13.6
    still_change: float = 3.0
    batch_size: int = 256            # expression model batch (fixed shape; 256 is fastest on CPU)
    speech: VADConfig = field(default_factory=VADConfig)
    asr: ASRConfig = field(default_factory=ASRConfig)
    speakers: DiarizationConfig = field(default_factory=DiarizationConfig)
    prosody: ProsodyConfig = field(default_factory=ProsodyConfig)
    voice_piece_seconds: float = 6.0  # longer turns are read by the voice model in pieces about this long
    linking: LinkConfig = field(default_factory=LinkConfig)  # when a voice is taken to be a face's
    # what may be analysed: "face" (expressions), "voice" (speakers, prosody, voice emotion), "words" (transcript)
    modalities: tuple[str, ...] = CONSENT_MODALITIES
    purpose: str = "clinical review"  # checked against each participant's consent when a store is used

    def __post_init__(self) -> None:
        """The speech models read 16 kHz audio only; modalities are the ones consent is recorded for."""
        if self.media.sample_rate != 16000:
            raise ValueError(f"the speech models need media.sample_rate 16000, got {self.media.sample_rate}")
        unknown = set(self.modalities) - set(CONSENT_MODALITIES)
        if unknown:
            raise ValueError(f"unknown modalities {sorted(unknown)}; choose from {CONSENT_MODALITIES}")

    def hearing(self) -> HearingConfig:
        """The speech stage's part of this configuration."""
        return HearingConfig(self.media.sample_rate, self.speech, self.asr, self.speakers, self.prosody,
                             self.voice_piece_seconds, words="words" in self.modalities,
                             voice="voice" in self.modalities)
