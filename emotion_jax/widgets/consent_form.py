"""The consent form: record, review and withdraw each participant's consent for a session (privacy.consent)."""

from __future__ import annotations

import html

import ipywidgets as w

from emotion_jax.store import SessionStore
from emotion_jax.widgets.shown import Shown
from privacy.consent import MODALITIES, PURPOSES, ROLES, WITHDRAWAL, ConsentLedger, ConsentRecord


def consent_html(ledger: ConsentLedger, session: str) -> str:
    """Every participant's consent history for the session, the version in force last, as HTML."""
    people = sorted({r.participant for r in ledger.records if r.session == session})
    if not people:
        return f"<i>no consent recorded for session {html.escape(session)}</i>"
    items = []
    for person in people:
        history = "".join(f"<li>{_line(r)}</li>" for r in ledger.history(person, session))
        role = ledger.current(person, session).role
        items.append(f"<b>{html.escape(person)}</b>{f' ({role})' if role else ''}<ol>{history}</ol>")
    return "".join(items)


def _line(record: ConsentRecord) -> str:
    """One version: what it grants until when (and withdraws, if some), or that it withdraws everything."""
    when = f"v{record.version}, {record.recorded_at.date().isoformat()} by {html.escape(record.recorded_by)}"
    if record.kind == WITHDRAWAL:
        return f"<b>withdrawal</b> of all consent ({when})"
    withdrew = f"<b>withdrawal</b> of {', '.join(record.withdrawn)}; " if record.withdrawn else ""
    return (f"{withdrew}grant: {', '.join(record.modalities)} for {', '.join(record.purposes)}, kept until "
            f"{record.retain_until.isoformat()} ({when})")


class ConsentForm(Shown):
    """Consent for one session; kept encrypted in the store when one is given, else in `ledger` only.

    The withdrawal button asks first (Confirm / Cancel): with a store, withdrawing shreds the session's outputs.
    """

    def __init__(self, session: str, recorded_by: str, store: SessionStore | None = None,
                 ledger: ConsentLedger | None = None) -> None:
        self.session, self.recorded_by, self.store = session, recorded_by, store
        self.ledger = store.consent(session) if store is not None else (ledger or ConsentLedger())
        self.participant = w.Text(description="participant", placeholder="e.g. person 1")
        self.role = w.Dropdown(options=[("(no role)", ""), *((r, r) for r in ROLES)], description="role")
        self.modalities = {m: w.Checkbox(True, description=m, indent=False) for m in MODALITIES}
        self.purposes = {p: w.Checkbox(p == "clinical review", description=p, indent=False) for p in PURPOSES}
        self.retention = w.BoundedIntText(365, min=0, max=36500, description="keep (days)")
        self.record_button = w.Button(description="Record consent")
        self.withdraw_button = w.Button(description="Withdraw all consent")
        self.record_button.on_click(lambda _: self._act(self.record))
        self.withdraw_button.on_click(lambda _: self._act(self.ask_withdrawal))
        self.question = w.HTML()
        self.confirm_button = w.Button(description="Confirm withdrawal", button_style="danger")
        self.cancel_button = w.Button(description="Cancel")
        self.confirm_button.on_click(lambda _: self._act(self.withdraw))
        self.cancel_button.on_click(lambda _: self._close_question("nothing was withdrawn"))
        self.confirmation = w.HBox([self.question, self.confirm_button, self.cancel_button],
                                   layout=w.Layout(display="none"))
        self.status, self.message = w.HTML(), w.HTML()
        self.widget = w.VBox([w.HBox([self.participant, self.role]), w.HBox(list(self.modalities.values())),
                              w.HBox(list(self.purposes.values())), self.retention,
                              w.HBox([self.record_button, self.withdraw_button]), self.confirmation,
                              self.message, self.status])
        self._show()

    def record(self, participant: str | None = None, modalities: tuple[str, ...] | None = None,
               purposes: tuple[str, ...] | None = None, retention_days: int | None = None,
               role: str | None = None) -> None:
        """Record a grant from the arguments, or from the form's fields where an argument is left out."""
        person = (participant or self.participant.value).strip()
        chosen_m = modalities if modalities is not None else tuple(m for m, c in self.modalities.items() if c.value)
        chosen_p = purposes if purposes is not None else tuple(p for p, c in self.purposes.items() if c.value)
        days = self.retention.value if retention_days is None else retention_days
        self.ledger.record(person, self.session, modalities=chosen_m, purposes=chosen_p,
                           recorded_by=self.recorded_by, retention_days=days,
                           role=self.role.value if role is None else role)
        if self.store is not None:
            self.store.save_consent(self.session, self.ledger)
        self._show(f"recorded consent for {person}")

    def ask_withdrawal(self) -> None:
        """Show what withdrawing the participant in the form would do, with Confirm and Cancel buttons."""
        person = self.participant.value.strip()
        if not person:
            raise ValueError("name the participant whose consent is withdrawn")
        lost = ("the session's outputs in the store are destroyed for good (exports written elsewhere are not)"
                if self.store is not None else "it is recorded as a new version of the ledger")
        self.question.value = f"Withdraw all of {html.escape(person)}'s consent? {lost}."
        self.confirmation.layout.display = "flex"

    def withdraw(self, participant: str | None = None) -> None:
        """Withdraw all of a participant's consent (what Confirm does): with a store, the session's outputs are
        shredded, and the withdrawal and the shredding audited."""
        self.confirmation.layout.display = "none"
        person = (participant or self.participant.value).strip()
        if self.store is not None:
            self.store.withdraw(self.session, person, self.recorded_by)
            self.ledger = self.store.consent(self.session)
            note = "; the session's outputs were shredded"
        else:
            self.ledger.withdraw(person, self.session, recorded_by=self.recorded_by)
            note = ""
        self._show(f"withdrew {person}'s consent{note}")

    def _close_question(self, message: str) -> None:
        self.confirmation.layout.display = "none"
        self._show(message)

    def _act(self, action) -> None:
        try:
            action()
        except ValueError as err:
            self.message.value = f"<span style='color:#b00'>{html.escape(str(err))}</span>"

    def _show(self, message: str = "") -> None:
        self.message.value = html.escape(message)
        self.status.value = consent_html(self.ledger, self.session)
