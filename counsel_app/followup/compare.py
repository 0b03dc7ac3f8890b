"""Compare two plan versions: which goals and steps were added, changed or removed.

`compare_versions` feeds the side-by-side view and the change record stored with a new
version; `plain_change_summary` says the same in one or two plain sentences for the client.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from counsel_app.domain import Case, Goal, GoalKind, Step, StepStatus
from counsel_app.followup.due import german_date


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


class Entity(StrEnum):
    GOAL = "goal"
    STEP = "step"


GOAL_FIELDS: dict[str, str] = {
    "kind": "Art",
    "text": "Text",
    "client_words": "Worte der Kundin/des Kunden",
    "target_date": "Zieldatum",
    "addresses": "bezieht sich auf",
    "gas": "GAS-Stufen",
}
STEP_FIELDS: dict[str, str] = {
    "goal": "Ziel",
    "actor": "wer",
    "text": "Text",
    "plain_text": "Text für die Kundin/den Kunden",
    "due": "Frist",
    "frequency": "Häufigkeit",
    "success_criterion": "Erfolgskriterium",
    "status": "Stand",
    "addresses": "bezieht sich auf",
}
PLAN_FIELDS: dict[str, str] = {
    "created": "erstellt",
    "agreed": "vereinbart",
    "review_due": "Überprüfung",
}
# Fields whose change the client notices on the printed copy.
_CLIENT_STEP_FIELDS = frozenset({"text", "plain_text", "due", "frequency"})
_CLIENT_GOAL_FIELDS = frozenset({"text", "client_words", "target_date"})

_STATUS_LABELS = {
    StepStatus.OPEN: "offen",
    StepStatus.DONE: "erledigt",
    StepStatus.PARTLY: "teilweise erledigt",
    StepStatus.NOT_DONE: "nicht erledigt",
    StepStatus.DROPPED: "entfallen",
}


@dataclass(frozen=True)
class ItemChange:
    """One goal or step that differs between the versions.

    `fields` lists the changed field names (only for CHANGED); `client_text` is the
    wording the client's copy uses (new wording; the old one for REMOVED);
    `old_status` is the step's status in the old version (steps only).
    """

    change: Change
    entity: Entity
    id: str
    fields: tuple[str, ...]
    description: str
    client_text: str
    old_status: str | None = None

    @property
    def client_visible(self) -> bool:
        """Whether the client's copy shows this change (internal fields do not count)."""
        if self.change is not Change.CHANGED:
            return True
        wanted = _CLIENT_GOAL_FIELDS if self.entity is Entity.GOAL else _CLIENT_STEP_FIELDS
        return bool(wanted.intersection(self.fields))

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change.value,
            "entity": self.entity.value,
            "id": self.id,
            "fields": list(self.fields),
            "description": self.description,
            "client_text": self.client_text,
            "old_status": self.old_status,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ItemChange:
        return cls(
            change=Change(data["change"]),
            entity=Entity(data["entity"]),
            id=str(data["id"]),
            fields=tuple(str(f) for f in data.get("fields", [])),
            description=str(data["description"]),
            client_text=str(data.get("client_text", "")),
            old_status=data.get("old_status"),
        )


@dataclass(frozen=True)
class VersionDiff:
    old_version: int
    new_version: int
    goals: tuple[ItemChange, ...]
    steps: tuple[ItemChange, ...]
    plan_fields: tuple[str, ...]  # changed fields of the plan itself (PLAN_FIELDS)
    old_review_due: date | None = None
    new_review_due: date | None = None

    @property
    def items(self) -> tuple[ItemChange, ...]:
        return self.goals + self.steps

    def of(self, change: Change) -> list[ItemChange]:
        return [item for item in self.items if item.change is change]

    @property
    def added(self) -> list[ItemChange]:
        return self.of(Change.ADDED)

    @property
    def changed(self) -> list[ItemChange]:
        return self.of(Change.CHANGED)

    @property
    def removed(self) -> list[ItemChange]:
        return self.of(Change.REMOVED)

    @property
    def is_empty(self) -> bool:
        return not self.items and not self.plan_fields

    def descriptions(self) -> list[str]:
        """One German line per change, plan fields first."""
        lines = []
        if "review_due" in self.plan_fields:
            lines.append(
                "Überprüfung: "
                f"{_date_text(self.old_review_due)} → {_date_text(self.new_review_due)}"
            )
        return lines + [item.description for item in self.items]

    def to_json(self) -> dict[str, Any]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "goals": [g.to_json() for g in self.goals],
            "steps": [s.to_json() for s in self.steps],
            "plan_fields": list(self.plan_fields),
            "old_review_due": _iso(self.old_review_due),
            "new_review_due": _iso(self.new_review_due),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> VersionDiff:
        return cls(
            old_version=int(data["old_version"]),
            new_version=int(data["new_version"]),
            goals=tuple(ItemChange.from_json(g) for g in data.get("goals", [])),
            steps=tuple(ItemChange.from_json(s) for s in data.get("steps", [])),
            plan_fields=tuple(str(f) for f in data.get("plan_fields", [])),
            old_review_due=_from_iso(data.get("old_review_due")),
            new_review_due=_from_iso(data.get("new_review_due")),
        )

    @classmethod
    def loads(cls, text: str) -> VersionDiff:
        return cls.from_json(json.loads(text))


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _date_text(value: date | None) -> str:
    return "ohne Datum" if value is None else german_date(value)


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"„{text}“"


def _goal_noun(goal: Goal) -> str:
    return "Eingliederungsziel" if goal.kind is GoalKind.INTEGRATION else "Zwischenziel"


def _field_detail(name: str, old: object, new: object, labels: Mapping[str, str]) -> str:
    label = labels[name]
    if isinstance(old, date | None) and isinstance(new, date | None) and (old or new):
        return f"{label} {_date_text(old)} → {_date_text(new)}"
    if isinstance(old, StepStatus) and isinstance(new, StepStatus):
        return f"{label} {_STATUS_LABELS[old]} → {_STATUS_LABELS[new]}"
    return label


def _changed_fields(old: object, new: object, fields: Mapping[str, str]) -> list[str]:
    return [name for name in fields if getattr(old, name) != getattr(new, name)]


def _compare(
    entity: Entity,
    old_items: Sequence[Goal] | Sequence[Step],
    new_items: Sequence[Goal] | Sequence[Step],
    *,
    fields: Mapping[str, str],
    describe: Callable[[Any], str],
    client_text: Callable[[Any], str],
) -> tuple[ItemChange, ...]:
    old_by_id = {item.id: item for item in old_items}
    new_ids = {item.id for item in new_items}
    changes: list[ItemChange] = []
    for item in new_items:
        before = old_by_id.get(item.id)
        if before is None:
            changes.append(
                ItemChange(
                    Change.ADDED,
                    entity,
                    item.id,
                    (),
                    f"Neu: {describe(item)}",
                    client_text(item),
                )
            )
            continue
        names = _changed_fields(before, item, fields)
        if names:
            details = ", ".join(
                _field_detail(n, getattr(before, n), getattr(item, n), fields) for n in names
            )
            old_status = getattr(before, "status", None)
            changes.append(
                ItemChange(
                    Change.CHANGED,
                    entity,
                    item.id,
                    tuple(names),
                    f"Geändert: {describe(item)} ({details})",
                    client_text(item),
                    None if old_status is None else str(old_status),
                )
            )
    for item in old_items:
        if item.id not in new_ids:
            old_status = getattr(item, "status", None)
            suffix = ""
            if isinstance(old_status, StepStatus) and old_status is not StepStatus.OPEN:
                suffix = f" ({_STATUS_LABELS[old_status]})"
            changes.append(
                ItemChange(
                    Change.REMOVED,
                    entity,
                    item.id,
                    (),
                    f"Nicht mehr im Plan: {describe(item)}{suffix}",
                    client_text(item),
                    None if old_status is None else str(old_status),
                )
            )
    return tuple(changes)


def _describe_goal(goal: Goal) -> str:
    return f"{_goal_noun(goal)} {goal.id} {_quote(goal.text)}"


def _describe_step(step: Step) -> str:
    return f"Schritt {step.id} {_quote(step.text)}"


def compare_versions(old: Case, new: Case) -> VersionDiff:
    """What differs between two versions of a plan; goals and steps matched by id."""
    goals = _compare(
        Entity.GOAL,
        old.plan.goals,
        new.plan.goals,
        fields=GOAL_FIELDS,
        describe=_describe_goal,
        client_text=lambda g: g.client_words or g.text,
    )
    steps = _compare(
        Entity.STEP,
        old.plan.steps,
        new.plan.steps,
        fields=STEP_FIELDS,
        describe=_describe_step,
        client_text=lambda s: s.print_text,
    )
    return VersionDiff(
        old_version=old.plan.version,
        new_version=new.plan.version,
        goals=goals,
        steps=steps,
        plan_fields=tuple(_changed_fields(old.plan, new.plan, PLAN_FIELDS)),
        old_review_due=old.plan.review_due,
        new_review_due=new.plan.review_due,
    )


def _clean(text: str) -> str:
    """One line without the closing punctuation (items are joined into one sentence)."""
    return " ".join(text.split()).rstrip(".!?;:")


def _sentence_list(texts: Sequence[str]) -> str:
    return "; ".join(t for t in texts if t)


MAX_NAMED = 2
"""More items than this in one sentence are counted, not quoted: sentences stay short."""


def _noun(items: Sequence[ItemChange]) -> str:
    entities = {item.entity for item in items}
    if entities == {Entity.GOAL}:
        return "Ziele"
    return "Schritte" if entities == {Entity.STEP} else "Ziele und Schritte"


def _new_sentence(added: Sequence[ItemChange], changed: Sequence[ItemChange]) -> str:
    if len(added) + len(changed) <= MAX_NAMED:
        texts = [_clean(item.client_text) for item in added]
        texts += [f"{_clean(item.client_text)} (geändert)" for item in changed]
        return f"Neu ist: {_sentence_list(texts)}."
    what = "neu oder geändert" if added and changed else "neu" if added else "geändert"
    return f"{len(added) + len(changed)} {_noun([*added, *changed])} sind {what}."


def _gone_sentence(gone: Sequence[ItemChange]) -> str:
    done = [item for item in gone if item.old_status == StepStatus.DONE.value]
    if len(gone) <= MAX_NAMED:
        texts = [
            f"{_clean(item.client_text)} (erledigt)" if item in done else _clean(item.client_text)
            for item in gone
        ]
        return f"Nicht mehr im Plan: {_sentence_list(texts)}."
    noun = _noun(gone)
    if len(done) == len(gone):
        return f"{len(gone)} {noun} sind erledigt und nicht mehr im Plan."
    if done:
        return f"{len(gone)} {noun} sind nicht mehr im Plan, {len(done)} davon sind erledigt."
    return f"{len(gone)} {noun} sind nicht mehr im Plan."


def plain_change_summary(diff: VersionDiff) -> str:
    """One or two plain German sentences on what changed, for the client's copy.

    "Neu ist: …. Nicht mehr im Plan: …." with up to two items named per sentence (more are
    counted: "3 Schritte sind erledigt und nicht mehr im Plan."). Steps finished are named
    as done; changes to internal fields (status, success criterion, references) are left out.
    """
    changed = [item for item in diff.changed if item.client_visible]
    sentences = []
    if diff.added or changed:
        sentences.append(_new_sentence(diff.added, changed))
    if diff.removed:
        sentences.append(_gone_sentence(diff.removed))
    if not sentences:
        if "review_due" in diff.plan_fields and diff.new_review_due is not None:
            return (
                "Ihre Ziele und Schritte bleiben gleich. Wir sprechen am "
                f"{german_date(diff.new_review_due)} wieder über den Plan."
            )
        return "Ihre Ziele und Schritte bleiben gleich."
    return " ".join(sentences)


@dataclass(frozen=True)
class SideBySideRow:
    """One goal or step of two versions side by side; `change` is None when unchanged.

    `old_text` / `new_text` are "" where the item is missing in that version; `detail`
    names the changed fields ("Frist 01.04.2026 → 01.06.2026, Text").
    """

    entity: Entity
    id: str
    change: Change | None
    old_text: str
    new_text: str
    detail: str


def _item_text(item: Goal | Step, goals: Mapping[str, Goal]) -> str:
    if isinstance(item, Goal):
        return f"{_goal_noun(item)}: {' '.join(item.text.split())}"
    parts = []
    if item.due is not None:
        parts.append(f"bis {german_date(item.due)}")
    if item.frequency:
        parts.append(item.frequency)
    parts.append(f"Stand: {_STATUS_LABELS[item.status]}")
    goal = goals.get(item.goal)
    suffix = f" (zu {goal.id})" if goal is not None else ""
    return f"Schritt{suffix}: {' '.join(item.text.split())}\n" + " · ".join(parts)


def side_by_side(old: Case, new: Case) -> list[SideBySideRow]:
    """Goals, then steps, of both versions in one list: the new order first, removed items
    after them; unchanged items included (change None) so the two columns read as plans."""
    diff = compare_versions(old, new)
    changes = {(c.entity, c.id): c for c in diff.items}
    rows: list[SideBySideRow] = []
    pairs: list[tuple[Entity, Sequence[Goal] | Sequence[Step], Sequence[Goal] | Sequence[Step]]]
    pairs = [
        (Entity.GOAL, old.plan.goals, new.plan.goals),
        (Entity.STEP, old.plan.steps, new.plan.steps),
    ]
    old_goals = {g.id: g for g in old.plan.goals}
    new_goals = {g.id: g for g in new.plan.goals}
    for entity, old_items, new_items in pairs:
        old_by_id = {item.id: item for item in old_items}
        new_ids = {item.id for item in new_items}
        for item in new_items:
            before = old_by_id.get(item.id)
            change = changes.get((entity, item.id))
            rows.append(
                SideBySideRow(
                    entity,
                    item.id,
                    None if change is None else change.change,
                    "" if before is None else _item_text(before, old_goals),
                    _item_text(item, new_goals),
                    _detail(change, before, item),
                )
            )
        for item in old_items:
            if item.id not in new_ids:
                change = changes.get((entity, item.id))
                rows.append(
                    SideBySideRow(
                        entity,
                        item.id,
                        Change.REMOVED,
                        _item_text(item, old_goals),
                        "",
                        "" if change is None else _detail(change, item, None),
                    )
                )
    return rows


def _detail(
    change: ItemChange | None, before: Goal | Step | None, after: Goal | Step | None
) -> str:
    if change is None:
        return ""
    if change.change is Change.ADDED:
        return "neu"
    if change.change is Change.REMOVED:
        status = getattr(before, "status", None)
        if isinstance(status, StepStatus) and status is not StepStatus.OPEN:
            return f"nicht mehr im Plan ({_STATUS_LABELS[status]})"
        return "nicht mehr im Plan"
    labels = GOAL_FIELDS if change.entity is Entity.GOAL else STEP_FIELDS
    return ", ".join(
        _field_detail(name, getattr(before, name), getattr(after, name), labels)
        for name in change.fields
    )
