"""Run one eval task on a manifest, print a readable table, and optionally write the JSON report."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time

from emotion_jax.evaluate import overlap
from emotion_jax.evaluate.manifest import ManifestError, read_manifest
from emotion_jax.evaluate.metrics import classification_report
from emotion_jax.labels import EMOTIONS

COLUMNS = {"faces": ("path", "label"), "voice": ("path", "label"), "text": ("text", "label"),
           "asr": ("path", "transcript"), "diarization": ("path", "rttm"), "av": ("path", "label")}
CLASSIFICATION = {"faces", "voice", "text", "av"}


def format_report(report: dict) -> str:
    """Readable table: headline figures, per-class scores and the confusion matrix (or WER, DER, P/R/F1)."""
    if "der" in report:
        line = (f"task {report['task']}: n={report['n']}  skipped={len(report['skipped'])}  "
                f"DER={report['der']:.4f} (collar {report['collar']} s)  speaker count right="
                f"{report['speaker_count_accuracy']:.2f}  RTF={report['rtf']:.3f}")
        if links := report.get("linking"):
            line += (f"\nface-voice links ({links['videos']} videos): {links['linked_right']} of "
                     f"{links['speakers_on_screen']} on-screen speakers right ({links['accuracy']:.2f}), "
                     f"{links['linked_wrong']} of {links['persons']} persons wrong, {links['unlinked']} unlinked")
        return line
    if "per_type" in report:
        lines = [f"task {report['task']}: n={report['n']}  precision={report['precision']:.4f}  "
                 f"recall={report['recall']:.4f}  F1={report['f1']:.4f}"]
        lines += [f"{t:<12} recall {s['recall']:.3f} ({s['found']}/{s['support']})"
                  for t, s in report["per_type"].items()]
        return "\n".join(lines)
    if "wer" in report:
        return (f"task {report['task']}: n={report['n']}  skipped={len(report['skipped'])}  "
                f"WER={report['wer']:.4f}  RTF={report['rtf']:.3f}  model={report['model']['name']}")
    lines = [f"task {report['task']}: n={report['n']}  skipped={len(report['skipped'])}  "
             f"accuracy={report['accuracy']:.4f}  macro-F1={report['macro_f1']:.4f}  "
             f"weighted-F1={report['weighted_f1']:.4f}  ECE={report['ece']:.4f}"]
    sel = report["selective"]
    lines.append(f"uncertain below {sel['threshold']:.2f}: {sel['coverage']:.0%} of readings answered, "
                 f"accuracy {sel['accuracy']:.4f} on those")
    lines.append(f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}")
    for name, s in report["per_class"].items():
        lines.append(f"{name:<10} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['support']:7d}")
    names = report["confusion"]["labels"]
    lines.append("confusion (rows true, columns predicted): " + " ".join(n[:4] for n in names))
    for name, row in zip(names, report["confusion"]["matrix"]):
        lines.append(f"{name:<10} " + " ".join(f"{v:4d}" for v in row))
    if "subsets" in report:
        lines.append(f"{'modalities (fused)':<20} {'accuracy':>8} {'macro-F1':>8} {'ECE':>6}")
        lines += [f"{name:<20} {r['accuracy']:8.3f} {r['macro_f1']:8.3f} {r['ece']:6.3f}"
                  for name, r in report["subsets"].items()]
        lines.append(f"frames without a face (whole frame used): {report['whole_frame_crops']} of {report['frames']}")
    if "whole_image_crops" in report:
        lines.append(f"no face found, whole image used as the crop: {report['whole_image_crops']} of {report['n']}")
    return "\n".join(lines)


def _predict_text(rows, reading: str) -> dict:
    """The shipped text model on each row's text (one utterance per row), through the given class reading."""
    import numpy as np

    from emotion_jax.text import model as text_model

    probs = text_model.TextPredictor(reading=reading).predict_proba([item["text"] for item in rows.items])
    return {"probs": probs, "y": np.array(rows.labels, np.int64), "skipped": rows.skipped, "extra": {},
            "model": {"name": f"emotion_jax.text model (MiniLM + heads, {reading} reading)",
                      "weights": text_model.weights_hash()}}


def run(args: argparse.Namespace) -> int:
    """Entry point for `emotion-jax eval`; exit code 2 with one line for an unusable manifest."""
    start = time.time()
    label_column = "label" if args.task in CLASSIFICATION else None
    try:
        if args.task == "redaction":
            from emotion_jax.evaluate import redaction

            return _finish(args, {"task": args.task, **redaction.score(args.manifest, args.limit)}, start)
        rows = read_manifest(args.manifest, COLUMNS[args.task], label_column, args.skip_unknown, args.limit)
    except ManifestError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if rows.skipped:
        print(f"skipping {len(rows.skipped)} row(s) with unknown labels", file=sys.stderr)
    if not rows.items:
        return _unscored(args, rows.skipped)
    before = len(rows.items)
    rows = overlap.drop_training_rows(args.task, args.manifest, rows)
    if len(rows.items) < before:
        print(f"skipping {before - len(rows.items)} row(s) the shipped model was trained, selected or calibrated on",
              file=sys.stderr)
    if args.task == "asr":
        from emotion_jax.evaluate import asr

        report = {"task": args.task, **asr.score(args.manifest, rows, args.asr_engine)}
    elif args.task == "diarization":
        from emotion_jax.evaluate import diarization

        report = {"task": args.task, **diarization.score(args.manifest, rows, count_known=args.speakers_known)}
    elif args.task == "av":
        from emotion_jax.evaluate import av

        report = {"task": args.task, **av.score(args.manifest, rows)}
    else:
        if args.task == "voice":
            from emotion_jax.evaluate import voice

            result = voice.predict(args.manifest, rows)
        elif args.task == "text":
            result = _predict_text(rows, args.text_reading)
        else:
            from emotion_jax.evaluate import faces

            result = faces.predict(args.manifest, rows, args.batch_size, args.face_model)
        if not len(result["y"]):
            return _unscored(args, result["skipped"])
        report = {"task": args.task, "n": int(len(result["y"])), "skipped": result["skipped"],
                  **classification_report(result["probs"], result["y"], EMOTIONS),
                  **result["extra"], "model": result["model"]}
    if not report["n"]:
        return _unscored(args, report["skipped"])
    return _finish(args, report, start)


def _unscored(args: argparse.Namespace, skipped: list[dict]) -> int:
    """Exit code 2 with one line when no row of the manifest could be scored (a report of zeros says nothing)."""
    first = f"; row {skipped[0]['row']}: {' '.join(str(skipped[0]['reason']).split())}" if skipped else ""
    print(f"error: no row of {args.manifest} could be scored ({len(skipped)} skipped{first})", file=sys.stderr)
    return 2


def _finish(args: argparse.Namespace, report: dict, start: float) -> int:
    """Print the report, and write it as JSON when asked."""
    report["seconds"] = round(time.time() - start, 2)
    report["manifest"] = {"path": str(args.manifest),
                          "sha256": hashlib.sha256(args.manifest.read_bytes()).hexdigest()[:16]}
    print(format_report(report))
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json_out}")
    return 0
