"""Pseudonymised copies of a case for the review sheet and training handouts.

The templates of those variants only ever see the copy made here, so a template cannot
print the client's name, reference, salutation or the counsellor's contact by mistake.
Free text is scanned for those values too and they are replaced by a placeholder.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from counsel_app.domain import Case
from counsel_app.exchange import pseudonymise as exchange_pseudonymise

REDACTED = "[Name]"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MIN_PART = 3


def derive_pseudonym(reference: str) -> str:
    """A stable short pseudonym like `Fall K` derived from the reference (not reversible)."""
    digest = hashlib.sha256(reference.encode("utf-8")).digest()
    return f"Fall {_LETTERS[digest[0] % 26]}{_LETTERS[digest[1] % 26]}"


class Redactor:
    """Replaces the identifying values of one case inside free text."""

    def __init__(self, case: Case, placeholder: str = REDACTED) -> None:
        self.placeholder = placeholder
        client = case.client
        counsellor = case.counsellor
        # The reference, phone and e-mail only as a whole; names also by their parts
        # ("Marynenko-Beispiel" -> "Marynenko", "Beispiel"), so "Frau Demir" goes too.
        values = {client.reference.strip()}
        names = [client.display_name]
        if counsellor is not None:
            values.update(v.strip() for v in (counsellor.phone, counsellor.email) if v)
            names.append(counsellor.name)
        for name in names:
            if name:
                values.add(name.strip())
                values.update(_name_parts(name))
        values.discard("")
        ordered = sorted(values, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in ordered), re.IGNORECASE)
            if ordered
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda _match: self.placeholder, text)

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)


def _name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s\-]+", name) if len(p) >= _MIN_PART and p.isalpha()]


def pseudonymise(case: Case, pseudonym: str, placeholder: str = REDACTED) -> Case:
    """`exchange.pseudonymise` plus redaction of the client's name parts in free text."""
    red = Redactor(case, placeholder)
    # What pseudonymising removes is decided once, for export and print alike.
    result = exchange_pseudonymise(case, pseudonym)
    pa = result.potential_analysis
    analysis = replace(
        pa,
        strengths=[replace(s, text=red(s.text)) for s in pa.strengths],
        obstacles=[
            replace(o, text=red(o.text), deferred_reason=red.optional(o.deferred_reason))
            for o in pa.obstacles
        ],
        client_view=red.optional(pa.client_view),
    )
    plan = result.plan
    new_plan = replace(
        plan,
        goals=[
            replace(
                g,
                text=red(g.text),
                client_words=red.optional(g.client_words),
                gas=None if g.gas is None else {k: red(v) for k, v in g.gas.items()},
                addresses=list(g.addresses),
            )
            for g in plan.goals
        ],
        steps=[
            replace(
                s,
                text=red(s.text),
                plain_text=red.optional(s.plain_text),
                frequency=red.optional(s.frequency),
                success_criterion=red.optional(s.success_criterion),
                addresses=list(s.addresses),
            )
            for s in plan.steps
        ],
        follow_ups=[replace(f, note=red.optional(f.note)) for f in plan.follow_ups],
        reviews=[
            replace(r, note=red.optional(r.note), goal_ratings=dict(r.goal_ratings))
            for r in plan.reviews
        ],
    )
    return replace(result, potential_analysis=analysis, plan=new_plan)
