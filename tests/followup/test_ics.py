"""The reminder calendar: valid iCalendar, all-day events, stable UIDs, no names or free text."""

from __future__ import annotations

import copy
import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from counsel_app.domain import Case
from counsel_app.followup.ics import calendar_for, reminders_for

TODAY = date(2026, 11, 21)
FALL_02 = "fall-02-u25-ohne-ausbildung-a-gut"
FALL_10 = "fall-10-marktnah-fachlagerist"
STAMP = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def _events(data: bytes) -> list[dict[str, object]]:
    cal = Calendar.from_ical(data)
    return [
        {
            "uid": str(ev["UID"]),
            "summary": str(ev["SUMMARY"]),
            "start": ev.decoded("DTSTART"),
            "end": ev.decoded("DTEND"),
        }
        for ev in cal.walk("VEVENT")
    ]


def test_calendar_parses_with_all_day_events(training_cases: dict[str, Case]) -> None:
    data = calendar_for([(2, training_cases[FALL_02])], TODAY, store_id="s1", stamp=STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    events = _events(data)
    # open contacts 26.11., 21.12., 10.02.; the review 09.04.2027 (review follow-up, same day)
    assert [(e["start"], e["summary"]) for e in events] == [
        (date(2026, 11, 26), "Kontakt Kooperationsplan TR-2026-002"),
        (date(2026, 12, 21), "Kontakt Kooperationsplan TR-2026-002"),
        (date(2027, 2, 10), "Kontakt Kooperationsplan TR-2026-002"),
        (date(2027, 4, 9), "Überprüfung Kooperationsplan TR-2026-002"),
    ]
    for event in events:
        assert isinstance(event["start"], date) and not isinstance(event["start"], datetime)
        assert event["end"] == event["start"] + timedelta(days=1)
    assert b"VERSION:2.0" in data and b"PRODID:" in data


def test_uids_are_stable_and_distinct(training_cases: dict[str, Case]) -> None:
    pairs = list(enumerate(training_cases.values(), start=1))
    first = _events(calendar_for(pairs, TODAY, store_id="store-a"))
    again = _events(calendar_for(pairs, TODAY, store_id="store-a"))
    other_store = _events(calendar_for(pairs, TODAY, store_id="store-b"))
    uids = [e["uid"] for e in first]
    assert len(uids) > 10 and len(set(uids)) == len(uids)
    assert uids == [e["uid"] for e in again]
    assert not set(uids) & {e["uid"] for e in other_store}
    # moving one contact changes that UID only
    case = copy.deepcopy(training_cases[FALL_10])
    moved = reminders_for(10, case, TODAY)
    case.plan.follow_ups[1].date = date(2026, 12, 2)
    after = reminders_for(10, case, TODAY)
    changed = {r.uid("x") for r in moved} ^ {r.uid("x") for r in after}
    assert len(changed) == 2


def test_past_dates_and_done_contacts_are_left_out(training_cases: dict[str, Case]) -> None:
    case = training_cases[FALL_02]
    assert all(r.date >= TODAY for r in reminders_for(2, case, TODAY))
    everything = reminders_for(2, case)
    assert date(2026, 11, 6) not in {r.date for r in everything}  # done
    assert len(everything) == len(reminders_for(2, case, TODAY))


def _free_text_words(case: Case) -> set[str]:
    plan, pa = case.plan, case.potential_analysis
    texts = [case.client.display_name or "", case.client.salutation or "", pa.client_view or ""]
    texts += [s.text for s in pa.strengths] + [o.text for o in pa.obstacles]
    texts += [o.deferred_reason or "" for o in pa.obstacles]
    for goal in plan.goals:
        texts += [goal.text, goal.client_words or "", *(goal.gas or {}).values()]
    for step in plan.steps:
        texts += [step.text, step.plain_text or "", step.success_criterion or ""]
        texts += [step.frequency or ""]
    texts += [f.note or "" for f in plan.follow_ups] + [r.note or "" for r in plan.reviews]
    if case.counsellor:
        c = case.counsellor
        texts += [c.name or "", c.office or "", c.phone or "", c.email or ""]
    return {w for t in texts for w in re.findall(r"[\wÄÖÜäöüß@.-]{4,}", t)}


def test_no_names_and_no_free_text(training_cases: dict[str, Case]) -> None:
    pairs = list(enumerate(training_cases.values(), start=1))
    data = calendar_for(pairs, None, store_id="s")
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    words_in_calendar = set(re.findall(r"[\wÄÖÜäöüß@.-]{4,}", unfolded))
    allowed = {"Kooperationsplan", "Überprüfung", "Kontakt"}
    checked: set[str] = set()
    for _, case in pairs:
        for name in (case.client.display_name, case.client.salutation):
            assert name, "training cases have names (else this test checks nothing)"
            assert name not in unfolded
            for part in name.split():
                assert part not in words_in_calendar or part in {"Frau", "Herr"}, part
        for word in _free_text_words(case) - allowed:
            if re.fullmatch(r"[\d.:-]+|TR-\d{4}-\d{3}", word):
                continue  # dates and numbers, the reference
            assert word not in words_in_calendar, word
            checked.add(word)
    assert len(checked) > 500
    summaries = re.findall(r"^SUMMARY:(.*)$", unfolded, flags=re.MULTILINE)
    assert summaries and all(
        re.fullmatch(r"(Kontakt|Überprüfung) Kooperationsplan TR-\d{4}-\d{3}", s.strip())
        for s in summaries
    )
