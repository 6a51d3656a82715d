"""The command line as a new user meets it: the demo, and plain-words errors on bad input."""

from emotion_jax.cli import main
from tests.conftest import RAVDESS_CLIP


def test_demo_writes_timeline_plot_and_tables(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for suffix in ("timeline.png", "timeline.csv", "timeline.parquet", "words.csv", "turns.csv", "vtt"):
        path = tmp_path / f"demo_session.{suffix}"
        assert path.stat().st_size > 100
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


def test_store_commands_record_consent_and_withdraw(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", "a passphrase for the cli test")
    store = str(tmp_path / "store")
    assert main(["store", "init", store, "--actor", "dr-a"]) == 0
    assert main(["store", "new", store, "--actor", "dr-a"]) == 0
    session = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["store", "consent", store, session, "client", "--modalities", "face,voice",
                 "--actor", "dr-a"]) == 0
    assert "client" in capsys.readouterr().out
    assert main(["analyze", str(RAVDESS_CLIP), "--store", store, "--session", session, "--actor", "dr-a"]) == 2
    assert "'words'" in capsys.readouterr().err  # words were not consented to: refused, and said why
    assert main(["store", "withdraw", store, session, "client", "--actor", "dr-a"]) == 0
    assert "destroyed" in capsys.readouterr().out
    assert main(["store", "list", store, "--actor", "dr-a"]) == 0
    assert session not in capsys.readouterr().out
    assert main(["store", "verify", store, "--actor", "dr-a"]) == 0
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", "wrong")
    assert main(["store", "list", store]) == 2
    assert "wrong passphrase" in capsys.readouterr().err


def test_blur_is_the_privacy_command(tmp_path, capsys):
    assert main(["blur", str(tmp_path / "missing.mp4"), str(tmp_path / "out.mp4")]) == 2
    assert "not found" in capsys.readouterr().err
