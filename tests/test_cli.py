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
    assert (tmp_path / "demo_session.words.csv").read_text().startswith("# redaction: NOT REVIEWED")
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
                 "--actor", "dr-a", "--role", "client"]) == 0
    assert "'client' (client)" in capsys.readouterr().out
    assert main(["analyze", str(RAVDESS_CLIP), "--store", store, "--session", session, "--actor", "dr-a"]) == 2
    assert "'words'" in capsys.readouterr().err  # words were not consented to: refused, and said why
    assert main(["store", "withdraw", store, session, "client", "--actor", "dr-a"]) == 2  # no terminal to ask on
    assert "add --yes to confirm" in capsys.readouterr().err
    assert main(["store", "list", store, "--actor", "dr-a"]) == 0
    assert session in capsys.readouterr().out  # nothing was withdrawn or shredded
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: "n")
    assert main(["store", "withdraw", store, session, "client", "--actor", "dr-a"]) == 1
    assert "nothing was withdrawn" in capsys.readouterr().out
    assert main(["store", "withdraw", store, session, "client", "--actor", "dr-a", "--yes"]) == 0
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


def test_every_bad_input_is_one_line_with_exit_code_2_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", "a passphrase for the cli test")
    out, folder = tmp_path / "out", tmp_path / "recordings"
    folder.mkdir()
    (tmp_path / "notes.mp4").write_text("session notes, not a video")
    (tmp_path / "empty.mp4").write_bytes(b"")
    (tmp_path / "no_rows.csv").write_text("path,label\n")
    (tmp_path / "unreadable.csv").write_text("path,label\nnope.png,happy\n")
    cases = {
        "a folder": ["analyze", str(folder), "--out", str(out)],
        "a missing file": ["analyze", str(tmp_path / "nope.mp4"), "--out", str(out)],
        "not a recording": ["analyze", str(tmp_path / "notes.mp4"), "--out", str(out)],
        "an empty file": ["analyze", str(tmp_path / "empty.mp4"), "--out", str(out)],
        "who is who without a store": ["analyze", str(RAVDESS_CLIP), "--out", str(out), "--participant", "person 1=x"],
        "who is who, badly given": ["analyze", str(RAVDESS_CLIP), "--store", str(tmp_path / "nostore"),
                                    "--session", "abc", "--participant", "person 1"],
        "blur into an existing folder": ["blur", str(RAVDESS_CLIP), str(folder)],
        "batch of a missing folder": ["batch", str(tmp_path / "missing"), "--store", str(tmp_path / "nostore")],
        "batch into a missing store": ["batch", str(folder), "--store", str(tmp_path / "nostore")],
        "export from a missing store": ["export-deidentified", str(tmp_path / "nostore"), "abc", str(RAVDESS_CLIP)],
        "a zero-row manifest": ["eval", "faces", str(tmp_path / "no_rows.csv")],
        "a manifest of which no row can be read": ["eval", "faces", str(tmp_path / "unreadable.csv")],
    }
    for case, argv in cases.items():
        assert main(argv) == 2, case
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1].startswith("error:") and "Traceback" not in "".join(err), (case, err)
    assert not out.exists() and not (tmp_path / "nostore").exists() and not any(folder.iterdir())


def test_a_truncated_stage_file_is_one_line_and_no_rejected_input_leaves_a_stage_folder(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(RAVDESS_CLIP), "--out", str(out)]) == 0
    (stages,) = (out / ".stages").iterdir()
    faces = stages / "faces.npz"
    faces.write_bytes(faces.read_bytes()[:1000])
    capsys.readouterr()
    assert main(["analyze", str(RAVDESS_CLIP), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: the kept stage {faces} is damaged") and err.count("\n") == 1
    (tmp_path / "notes.mp4").write_text("session notes, not a video")
    assert main(["analyze", str(tmp_path / "notes.mp4"), "--out", str(out)]) == 2
    assert list((out / ".stages").iterdir()) == [stages]  # the rejected file made no stage folder


def test_consent_command_records_lists_and_withdraws(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", "a passphrase for the consent command")
    store = str(tmp_path / "store")
    assert main(["store", "init", store, "--actor", "dr-a"]) == 0
    assert main(["store", "new", store, "--actor", "dr-a"]) == 0
    session = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["consent", "record", store, session, "client", "--role", "client", "--modalities", "face",
                 "--actor", "dr-a"]) == 0
    assert main(["consent", "list", store, session, "--actor", "dr-a"]) == 0
    listed = capsys.readouterr().out
    assert "'client' (client)" in listed and "face" in listed
    assert main(["consent", "withdraw", store, session, "client", "--yes", "--actor", "dr-a"]) == 0
    assert "withdrawn" in capsys.readouterr().out
