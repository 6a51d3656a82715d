"""The command line as a new user meets it: the demo, and plain-words errors on bad input."""

from emotion_jax.cli import main


def test_demo_writes_timeline_plot_and_tables(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for suffix in ("timeline.png", "timeline.csv", "timeline.parquet"):
        path = tmp_path / f"demo_session.{suffix}"
        assert path.stat().st_size > 500
        assert str(path) in out
    assert "person 1" in out
    assert (tmp_path / "demo_session.mp4").stat().st_size > 10_000


def test_analyze_missing_file_is_one_line_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.mp4"), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "nope.mp4" in err and "Traceback" not in err


def test_analyze_text_file_is_one_line_error(tmp_path, capsys):
    fake = tmp_path / "notes.mp4"
    fake.write_text("session notes, not a video")
    assert main(["analyze", str(fake), "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("error:")
