"""Command line: `python -m privacy blur IN OUT [options]` (one subcommand per privacy tool)."""

from __future__ import annotations

import argparse
import sys

from privacy.blur import REPLACEMENTS, SHAPES, BlurConfig, blur_video


def _blur(args: argparse.Namespace) -> int:
    config = BlurConfig(thresh=args.thresh, mask_scale=args.mask_scale, mask_shape=args.mask_shape,
                        replacewith=args.replacewith, mosaic_cells=args.mosaic_cells, pad_seconds=args.pad_seconds,
                        detect_every=args.detect_every)

    def progress(done: int, total: int) -> None:
        print(f"\rblur: {done}/{total or '?'} frames", end="", file=sys.stderr, flush=True)

    result = blur_video(args.input, args.output, config, keep_tracks=set(args.keep_track),
                        audio_mute_spans=[tuple(span) for span in args.mute],
                        progress=None if args.quiet else progress)
    if not args.quiet:
        print(f"\nwrote {args.output}: {result.frames} frames, {result.masked_frames} masked, "
              f"{result.tracks} face tracks, {result.seconds:.1f} s", file=sys.stderr)
    return 0


def _add_blur(commands: argparse._SubParsersAction) -> None:
    defaults = BlurConfig()
    p = commands.add_parser("blur", help="mask every face in every frame of a video (audio kept)",
                            description="Writes an MP4 of IN with every face blurred, pixelated or filled.")
    p.add_argument("input", help="video to de-identify")
    p.add_argument("output", help="MP4 to write (must differ from the input)")
    p.add_argument("--thresh", type=float, default=defaults.thresh,
                   help=f"face detection threshold; lower masks more (default {defaults.thresh})")
    p.add_argument("--mask-scale", type=float, default=defaults.mask_scale,
                   help=f"enlarge each face box by this factor (default {defaults.mask_scale})")
    p.add_argument("--mask-shape", choices=SHAPES, default=defaults.mask_shape,
                   help=f"shape of each mask (default {defaults.mask_shape}; ellipses leave a head-like outline)")
    p.add_argument("--replacewith", choices=REPLACEMENTS, default=defaults.replacewith,
                   help=f"how faces are hidden (default {defaults.replacewith})")
    p.add_argument("--mosaic-cells", type=int, default=defaults.mosaic_cells,
                   help=f"mosaic cells across a face (default {defaults.mosaic_cells})")
    p.add_argument("--pad-seconds", type=float, default=defaults.pad_seconds,
                   help=f"mask each face this long before/after it is detected (default {defaults.pad_seconds})")
    p.add_argument("--detect-every", type=int, default=defaults.detect_every,
                   help="run the detector on every k-th frame only (faster; tracking covers the rest)")
    p.add_argument("--keep-track", type=int, action="append", default=[], metavar="ID",
                   help="leave this face track unmasked; ONLY with that person's recorded consent")
    p.add_argument("--mute", type=float, nargs=2, action="append", default=[], metavar=("START", "END"),
                   help="silence the audio from START to END seconds (repeatable)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(run=_blur)


def main(argv: list[str] | None = None) -> int:
    """Parses `argv` and runs the chosen subcommand; errors are reported in one line (exit status 2)."""
    parser = argparse.ArgumentParser(prog="python -m privacy", description="Privacy tools for session recordings.")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_blur(commands)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (OSError, ValueError) as err:  # a missing file, a folder, no permission, an unreadable video
        parser.exit(2, f"error: {err}\n")


if __name__ == "__main__":
    sys.exit(main())
