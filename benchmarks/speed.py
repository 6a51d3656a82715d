"""Speed on 2 cores, one script, one run: a short clip from a cold process, the face path at 720p, transcription
beside faster-whisper, blurring beside deface, and a long 720p two-person session's wall time and peak memory.

- Short clip: `emotion-jax analyze debate_2people_5s.mp4` as a new process, three times: cold (an empty JAX
  compilation cache; the one-time Whisper conversion of the install is kept), the same command again (it resumes
  from the stages it kept), and into a fresh folder (nothing kept, compiled programs cached). "First reading" is
  when the first participant's summary line is printed.
- Profile: cProfile of one in-process analysis of the same clip (models loaded), our functions by cumulative time.
- Face path: `find_faces` (decode, detect, track, crop) on the 720p interview at the default 5 analysis frames/s.
- Transcription: benchmarks.asr_speed's rows (ours, default engine, vs plain faster-whisper int8 on the same
  tiny.en folder) on MELD dev dialogue spoken by two synthetic voices.
- Blur: benchmarks.blur's runs of ours and deface on the 720p interview, leaks checked on every output frame.
- Long session: the interview's video and audio repeated to `--minutes`, `emotion-jax analyze` as a child process:
  wall time, real-time factor, peak resident memory (the child's, from wait4).

Run: `.venv/bin/python -m benchmarks.speed --minutes 10` on an otherwise idle machine (writes benchmarks/speed.md).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av

from benchmarks import asr_speed, blur
from benchmarks.long_session import session
from emotion_jax import pipeline
from emotion_jax.config import AnalysisConfig
from emotion_jax.face.tracks import find_faces
from emotion_jax.speech import vad

HERE = Path(__file__).parent
VIDEO = HERE.parent.parent / "shared" / "data" / "video"
SHORT = VIDEO / "debate_2people_5s.mp4"
INTERVIEW = VIDEO / "interview_2people.mp4"
CLI = Path(sys.executable).parent / "emotion-jax"
SUMMARY = re.compile(r"^(person|speaker) \d+ ")


def cold_cache(tmp: Path) -> dict[str, str]:
    """An environment whose cache folder holds the install's Whisper conversion only (no compiled programs)."""
    cache = tmp / "cache"
    (cache / "emotion-jax").mkdir(parents=True)
    real = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "emotion-jax" / "whisper"
    if real.is_dir():
        (cache / "emotion-jax" / "whisper").symlink_to(real)
    return {**os.environ, "XDG_CACHE_HOME": str(cache)}


def timed_analyze(recording: Path, out: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the first summary line, seconds in all, peak resident MiB) of one `emotion-jax analyze`."""
    start = time.perf_counter()
    child = subprocess.Popen([str(CLI), "analyze", str(recording), "--out", str(out)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = float("nan")
    for line in child.stdout:
        if first != first and SUMMARY.match(line):
            first = time.perf_counter() - start
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"emotion-jax analyze {recording} failed")
    return first, took, usage.ru_maxrss / 1024


def short_clip(tmp: Path) -> list[str]:
    env = cold_cache(tmp)
    runs = [("cold process, empty compilation cache", tmp / "a"), ("the same command again (resumes)", tmp / "a"),
            ("a fresh output folder, compiled programs cached", tmp / "b")]
    rows = []
    for name, out in runs:
        first, took, peak = timed_analyze(SHORT, out, env)
        rows.append(f"| {name} | {first:.1f} | {took:.1f} | {peak:.0f} |")
        print(rows[-1], flush=True)
    return ["## A 5 s two-person clip (`emotion-jax analyze debate_2people_5s.mp4`)", "",
            "| run | first reading printed (s) | done, every export written (s) | peak memory (MiB) |",
            "|---|---|---|---|", *rows, ""]


def profile(tmp: Path) -> list[str]:
    pipeline.analyze(SHORT, progress=False)  # models loaded and compiled: the profile shows the work itself
    profiler = cProfile.Profile()
    profiler.runcall(pipeline.analyze, SHORT, work_dir=None, progress=False)
    stats = pstats.Stats(profiler)
    ours = [(v[3], f"{Path(f[0]).parent.name}/{Path(f[0]).name}:{f[2]}") for f, v in stats.stats.items()
            if "/emotion_jax/" in f[0] or "/privacy/" in f[0]]
    rows = [f"| {name} | {seconds:.2f} |" for seconds, name in sorted(ours, reverse=True)[:15]]
    return ["## Profile of one analysis of the same clip (models loaded; cProfile, cumulative seconds)", "",
            "| function | seconds |", "|---|---|", *rows, ""]


def face_path() -> list[str]:
    config = AnalysisConfig()
    find_faces(SHORT, config.media, config.detector, config.tracker, config.crops, progress=False)  # warm
    start = time.perf_counter()
    faces = find_faces(INTERVIEW, config.media, config.detector, config.tracker, config.crops, progress=False)
    took = time.perf_counter() - start
    frames = len(faces.frame_times)
    return ["## Face path at 720p (decode, detect, track, crop; `find_faces` on interview_2people.mp4, 1280x720)",
            "", f"- {frames} analysis frames ({config.media.fps:g}/s of {float(faces.duration):.1f} s) in {took:.1f} "
            f"s: **{frames / took:.1f} analysis frames/s**, real-time factor {took / float(faces.duration):.3f} "
            f"(detector at {config.detector.input_width} px wide)", ""]


def transcription(minutes: float) -> list[str]:
    audio, reference = session(minutes)
    items = [(audio, reference, vad.speech_segments(audio, asr_speed.RATE))]
    rows = []
    for name, run in (("ours (VAD blocks, faster-whisper batched, CTranslate2 int8)", asr_speed.ours("ctranslate2")),
                      ("faster-whisper int8, whole file (the peer)", asr_speed.peer())):
        wer, rtf = asr_speed.score(run, items)
        rows.append(f"| {name} | {wer:.3f} | {rtf:.3f} |")
        print(rows[-1], flush=True)
    return [f"## Transcription: {minutes:g} min of MELD dev dialogue in two synthetic voices (tiny.en, greedy)", "",
            "| path | WER | real-time factor |", "|---|---|---|", *rows, ""]


def blurring(tmp: Path) -> list[str]:
    frames = blur.describe(INTERVIEW)[0]
    rows, speeds = [], {}
    for tool, run in (("deface", blur.run_deface), ("ours", blur.run_ours)):
        out = tmp / f"blur_{tool}.mp4"
        speeds[tool] = frames / run(INTERVIEW, out)
        leaks = blur.leakage(INTERVIEW, out, blur.CHECKERS)
        rows.append(f"| {tool} | {speeds[tool]:.1f} | {blur.cell(leaks['CenterFace'])} | {blur.cell(leaks['Haar'])} |")
        print(rows[-1], flush=True)
    return ["## Blur at 720p (interview_2people.mp4, 438 frames, 1280x720)", "",
            f"Ours is {speeds['ours'] / speeds['deface']:.1f}x deface's frames/s. Leaked: face-frames a checker still "
            "finds (see benchmarks/blur.md).", "",
            "| tool | frames/s | leaked (CenterFace 0.15) | leaked (Haar) |", "|---|---|---|---|", *rows, ""]


def repeated(src: Path, dst: Path, minutes: float) -> float:
    """`src`'s video and audio packets repeated back to back until `minutes` long (no re-encoding); its seconds."""
    with av.open(str(src)) as probe:
        length = probe.duration / 1e6
    times = max(1, round(minutes * 60 / length))
    with av.open(str(dst), "w") as output, av.open(str(src)) as first:
        kinds = (*first.streams.video, *first.streams.audio)
        streams = {s.index: output.add_stream_from_template(s) for s in kinds}
        offset = dict.fromkeys(streams, 0)  # per stream: where the next copy starts, in its time base
        for _ in range(times):
            end, low = dict(offset), dict.fromkeys(streams, 0)  # low: the copy's first (maybe negative) dts
            with av.open(str(src)) as source:
                for packet in source.demux(*source.streams.video, *source.streams.audio):
                    if packet.dts is None:
                        continue
                    index = packet.stream.index
                    low[index] = min(low[index], packet.dts)
                    packet.pts, packet.dts = packet.pts + offset[index], packet.dts + offset[index]
                    end[index] = max(end[index], packet.dts + (packet.duration or 1))
                    packet.stream = streams[index]
                    output.mux(packet)
            offset = {k: end[k] - low[k] for k in streams}
    return times * length


def long_session(tmp: Path, minutes: float) -> list[str]:
    video = tmp / "long.mp4"
    seconds = repeated(INTERVIEW, video, minutes)
    _, took, peak = timed_analyze(video, tmp / "long", dict(os.environ))
    line = (f"- {seconds / 60:.1f} min of 1280x720 video with audio (interview_2people.mp4 repeated), "
            f"`emotion-jax analyze` with defaults: **{took:.0f} s, real-time factor {took / seconds:.3f}, peak "
            f"memory {peak:.0f} MiB** (the child process's peak resident set)")
    print(line, flush=True)
    return [f"## A long two-person session ({minutes:g} min, 720p)", "", line, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the long session")
    parser.add_argument("--asr-minutes", type=float, default=5.0, help="length of the transcription audio")
    args = parser.parse_args()
    head = ["# Speed", "", f"Machine: {platform.machine()}, {os.cpu_count()} CPU cores (no other job running), "
            f"Python {platform.python_version()}, no GPU. Command: `.venv/bin/python -m benchmarks.speed "
            f"--minutes {args.minutes:g} --asr-minutes {args.asr_minutes:g}`. Date: {time.strftime('%Y-%m-%d')}.",
            "", __doc__.split("\n\n")[1].strip(), ""]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        parts = [short_clip(tmp), profile(tmp), face_path(), transcription(args.asr_minutes), blurring(tmp),
                 long_session(tmp, args.minutes)]
    text = "\n".join(head + [line for part in parts for line in part])
    (HERE / "speed.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
